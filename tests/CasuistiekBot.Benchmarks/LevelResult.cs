namespace CasuistiekBot.Benchmarks;

/// <summary>The figures of one load level: throughput, latency percentiles, errors, and walks that lost their acknowledgement.</summary>
internal sealed record LevelResult(
    int Concurrency, long Turns, long Errors, double Seconds, double P50, double P95, double P99, double Max,
    int WalksCompleted, long WalksFailed, int WalksUnacknowledged)
{
    /// <summary>CPU time of the bot process per turn (user + system), in ms.</summary>
    public double CpuMillisecondsPerTurn { get; init; }

    /// <summary>p99 per step of the flow (the last is the click on submit), to show which turn makes the tail.</summary>
    public IReadOnlyList<double> P99ByStep { get; init; } = [];

    public double TurnsPerSecond => Seconds > 0 ? Turns / Seconds : 0;

    public static LevelResult From(int concurrency, IReadOnlyList<Tally> tallies, TimeSpan measured, BenchConnector connector)
    {
        var latencies = tallies.SelectMany(t => t.Latencies).Order().ToArray();
        var completed = tallies.SelectMany(t => t.Completed).ToList();
        return new LevelResult(
            concurrency,
            latencies.Length,
            tallies.Sum(t => t.Errors),
            measured.TotalSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1],
            completed.Count,
            tallies.Sum(t => t.FailedWalks),
            completed.Count(c => !connector.Acknowledged(c)))
        {
            P99ByStep = [.. Enumerable.Range(0, IntakeScript.Turns).Select(step =>
                Percentile([.. tallies.SelectMany(t => t.ByStep[step]).Order()], 0.99))],
        };
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

using System.Globalization;

namespace CasuistiekBot.Benchmarks;

/// <summary>Prints figures as they are measured, then the ours/peer ratios; a run with errors or lost acknowledgements fails.</summary>
internal sealed class Report(BenchSettings settings)
{
    private readonly List<(int Round, BenchTarget Target, LevelResult Result)> _levels = [];

    public bool Failed { get; private set; }

    /// <summary>The round being measured (1 unless <c>--rounds</c> asks for more).</summary>
    public int Round { get; set; } = 1;

    public void Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        Line($"# {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {cpu}, load average {File.ReadAllText("/proc/loadavg").Trim()}");
        if (settings.Command.Length > 0) Line($"# command: {settings.Command}");
    }

    public void Started(BenchTarget target, TimeSpan startToReady, double megabytes) =>
        Line($"{target.Name,-14} start to ready {startToReady.TotalMilliseconds,6:F0} ms (fresh data), RSS {megabytes:F0} MiB  [{target.Description}]");

    public void WarmedUp(BenchTarget target, LevelResult r) =>
        Line($"{target.Name,-14} warm-up {r.Seconds:F0} s at c=16: {r.TurnsPerSecond:F0} turns/s, p99 {r.P99:F1} ms (not counted)");

    public void Restarted(BenchTarget target, TimeSpan startToReady) =>
        Line($"{target.Name,-14} restart to ready {startToReady.TotalMilliseconds,6:F0} ms (existing database)");

    public void Level(BenchTarget target, LevelResult r, double megabytes)
    {
        _levels.Add((Round, target, r));
        Line($"{RoundMark}{target.Name,-14} c={r.Concurrency,-4} {r.TurnsPerSecond,8:F0} turns/s  p50 {r.P50,7:F1}  p95 {r.P95,7:F1}  p99 {r.P99,7:F1}  max {r.Max,7:F1} ms  "
             + $"cpu {r.CpuMillisecondsPerTurn:F2} ms/turn  errors {r.Errors}  walks {r.WalksCompleted} (failed {r.WalksFailed}, unacknowledged {r.WalksUnacknowledged})  RSS {megabytes:F0} MiB");
        Line($"{RoundMark}{target.Name,-14} c={r.Concurrency,-4} p99 by step: {string.Join("  ", r.P99ByStep.Select((p, i) => $"{i + 1}:{p:F0}"))} ms (8 = submit)");
        Check(r);
    }

    public void Memory(BenchTarget target, int conversations, double before, double after, LevelResult r)
    {
        Line($"{target.Name,-14} after {conversations,6} conversations: RSS {after:F0} MiB (at start {before:F0} MiB)  "
             + $"{r.Turns} turns in {r.Seconds:F1} s, errors {r.Errors}, unacknowledged {r.WalksUnacknowledged}");
        Check(r);
    }

    /// <summary>The last lines the bot printed (warnings and errors only), so a run that logged trouble shows it.</summary>
    public void Output(string name, string tail)
    {
        foreach (var line in tail.Split('\n').Where(l => l.Trim().Length > 0)) Line($"{name,-14} | {line}");
    }

    /// <summary>Ours against the peer in one round, level by level.</summary>
    public void Ratios(int round)
    {
        var measured = _levels.Where(l => l.Round == round).ToList();
        foreach (var (peer, level) in measured.Where(l => l.Target.IsPeer).Select(l => (l.Result, l.Result.Concurrency)))
        {
            foreach (var (_, target, ours) in measured.Where(l => !l.Target.IsPeer && l.Result.Concurrency == level))
            {
                Line($"{RoundMark}ratio {target.Name,-14} / peer at c={level,-4} throughput {ours.TurnsPerSecond / Math.Max(peer.TurnsPerSecond, 1e-9),5:F2}x  "
                     + $"p99 {ours.P99:F1} vs {peer.P99:F1} ms");
            }
        }
    }

    /// <summary>Each target's median over the rounds, level by level, and ours against the peer's median.</summary>
    public void Medians()
    {
        var peers = _levels.Where(l => l.Target.IsPeer).GroupBy(l => l.Result.Concurrency).ToDictionary(g => g.Key, g => Median(g.Select(l => l.Result.TurnsPerSecond)));
        foreach (var group in _levels.GroupBy(l => (l.Target.Name, l.Result.Concurrency)))
        {
            var results = group.Select(l => l.Result).ToList();
            var turns = Median(results.Select(r => r.TurnsPerSecond));
            var ratio = !group.First().Target.IsPeer && peers.TryGetValue(group.Key.Concurrency, out var peer) ? $"  {turns / Math.Max(peer, 1e-9):F2}x the peer's median" : "";
            Line($"median {group.Key.Name,-14} c={group.Key.Concurrency,-4} {turns,8:F0} turns/s  p99 {Median(results.Select(r => r.P99)),7:F1} ms  "
                 + $"submit p99 {Median(results.Select(r => r.P99ByStep.LastOrDefault())),7:F1} ms  cpu {Median(results.Select(r => r.CpuMillisecondsPerTurn)):F2} ms/turn  "
                 + $"({string.Join(", ", results.Select(r => r.TurnsPerSecond.ToString("F0", CultureInfo.InvariantCulture)))}){ratio}");
        }
    }

    private string RoundMark => settings.Rounds > 1 ? $"[{Round}] " : "";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public void Line(string text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    public void Fail(string reason)
    {
        Failed = true;
        Line("FAILED: " + reason);
    }

    private void Check(LevelResult r)
    {
        if (r.Errors > 0 || r.WalksFailed > 0 || r.WalksUnacknowledged > 0)
            Fail($"c={r.Concurrency}: {r.Errors} errors, {r.WalksFailed} failed walks, {r.WalksUnacknowledged} unacknowledged");
    }
}

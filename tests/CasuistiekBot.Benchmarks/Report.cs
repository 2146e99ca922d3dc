using System.Globalization;

namespace CasuistiekBot.Benchmarks;

/// <summary>Prints figures as they are measured, then the ours/peer ratios; a run with errors or lost acknowledgements fails.</summary>
internal sealed class Report(BenchSettings settings)
{
    private readonly List<(BenchTarget Target, LevelResult Result)> _levels = [];

    public bool Failed { get; private set; }

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
        _levels.Add((target, r));
        Line($"{target.Name,-14} c={r.Concurrency,-4} {r.TurnsPerSecond,8:F0} turns/s  p50 {r.P50,7:F1}  p95 {r.P95,7:F1}  p99 {r.P99,7:F1}  max {r.Max,7:F1} ms  "
             + $"cpu {r.CpuMillisecondsPerTurn:F2} ms/turn  errors {r.Errors}  walks {r.WalksCompleted} (failed {r.WalksFailed}, unacknowledged {r.WalksUnacknowledged})  RSS {megabytes:F0} MiB");
        Line($"{target.Name,-14} c={r.Concurrency,-4} p99 by step: {string.Join("  ", r.P99ByStep.Select((p, i) => $"{i + 1}:{p:F0}"))} ms (8 = submit)");
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

    public void Ratios()
    {
        foreach (var (peer, level) in _levels.Where(l => l.Target.IsPeer).Select(l => (l.Result, l.Result.Concurrency)))
        {
            foreach (var (target, ours) in _levels.Where(l => !l.Target.IsPeer && l.Result.Concurrency == level))
            {
                Line($"ratio {target.Name,-14} / peer at c={level,-4} throughput {ours.TurnsPerSecond / Math.Max(peer.TurnsPerSecond, 1e-9),5:F2}x  "
                     + $"p99 {ours.P99:F1} vs {peer.P99:F1} ms");
            }
        }
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

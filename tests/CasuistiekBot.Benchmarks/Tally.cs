namespace CasuistiekBot.Benchmarks;

/// <summary>One simulated user's counts; merged after the run, so nothing is shared while it runs.</summary>
internal sealed class Tally
{
    public List<double> Latencies { get; } = new(4096);
    public List<double>[] ByStep { get; } = [.. Enumerable.Range(0, IntakeScript.Turns).Select(_ => new List<double>(512))];
    public List<string> Started { get; } = [];
    public List<string> Completed { get; } = [];
    public long Errors { get; set; }
    public long FailedWalks { get; set; }

    public void Record(int step, double milliseconds, bool ok)
    {
        Latencies.Add(milliseconds);
        ByStep[step].Add(milliseconds);
        if (!ok) Errors++;
    }
}

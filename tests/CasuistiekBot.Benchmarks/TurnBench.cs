namespace CasuistiekBot.Benchmarks;

/// <summary>
/// Per target: a fresh process (start-to-ready time), the load levels, then, for the SQLite default and the peer,
/// resident memory after 1,000 and 10,000 walked conversations. With several rounds the targets take turns (round 1
/// runs every target, then round 2 again), so that a busy minute on the shared machine hits all of them alike, and the
/// report ends with each figure's median over the rounds.
/// </summary>
internal static class TurnBench
{
    public static async Task RunAsync(BenchSettings settings, Report report)
    {
        await using var connector = await BenchConnector.StartAsync(settings.PortBase);
        var port = settings.PortBase + 1;
        for (var round = 1; round <= settings.Rounds; round++)
        {
            report.Round = round;
            foreach (var target in settings.Targets.Select(BenchTarget.Named))
            {
                await MeasureLevelsAsync(settings, report, connector, target, port++);
                if (round == 1 && target.Name is "ours-sqlite" or "peer" && settings.MemoryCheckpoints.Count > 0)
                    await MeasureMemoryAsync(settings, report, connector, target, port++);
            }
            report.Ratios(round);
        }
        if (settings.Rounds > 1) report.Medians();
    }

    private static async Task MeasureLevelsAsync(BenchSettings settings, Report report, BenchConnector connector, BenchTarget target, int port)
    {
        var data = Directory.CreateTempSubdirectory("casuistiek-bench-").FullName;
        await using (var bot = await target.StartAsync(settings, port, data))
        {
            report.Started(target, bot.StartToReady, bot.ResidentMegabytes());
            var load = new LoadGenerator(connector, bot.Url, $"{target.Name}-levels");
            // Both runtimes compile hot code while they run (tiered JIT, V8): measure the steady state.
            var warm = await load.RunTimedAsync(16, TimeSpan.Zero, settings.ProcessWarmUp);
            report.WarmedUp(target, warm);
            foreach (var level in settings.Levels)
            {
                var running = load.RunTimedAsync(level, settings.WarmUp, settings.Measure);
                // CPU per turn over the measured window: the cost of a turn, which a busy machine does not distort as much as latency.
                await Task.Delay(settings.WarmUp);
                var cpuBefore = bot.CpuTime();
                await Task.Delay(settings.Measure);
                var cpu = bot.CpuTime() - cpuBefore;
                var result = await running;
                report.Level(target, result with { CpuMillisecondsPerTurn = result.Turns > 0 ? cpu.TotalMilliseconds / result.Turns : 0 }, bot.ResidentMegabytes());
            }
            report.Output(target.Name, bot.Tail(12));
            if (!target.IsPeer && target.Name == "ours-sqlite")
            {
                // A restart on the existing database: what an operator sees after a deploy.
                await bot.DisposeAsync();
                await using var again = await target.StartAsync(settings, port, data);
                report.Restarted(target, again.StartToReady);
            }
        }
        Directory.Delete(data, recursive: true);
    }

    private static async Task MeasureMemoryAsync(BenchSettings settings, Report report, BenchConnector connector, BenchTarget target, int port)
    {
        var data = Directory.CreateTempSubdirectory("casuistiek-bench-").FullName;
        await using (var bot = await target.StartAsync(settings, port, data))
        {
            var load = new LoadGenerator(connector, bot.Url, $"{target.Name}-memory");
            var walked = 0;
            var before = bot.ResidentMegabytes();
            foreach (var checkpoint in settings.MemoryCheckpoints)
            {
                var result = await load.RunCountedAsync(64, checkpoint - walked);
                walked = checkpoint;
                await Task.Delay(TimeSpan.FromSeconds(2));
                report.Memory(target, walked, before, bot.ResidentMegabytes(), result);
            }
        }
        Directory.Delete(data, recursive: true);
    }
}

using CasuistiekBot.Benchmarks;

// scripts/bench.sh runs this; see docs/benchmarks.md. Nothing here is part of dotnet test.
var settings = BenchSettings.Parse(args);
var report = new Report(settings);
report.Machine();
if (settings.Mode == "delivery")
{
    await DeliveryBench.RunAsync(settings, report);
}
else
{
    await TurnBench.RunAsync(settings, report);
}
report.Machine();
return report.Failed ? 1 : 0;

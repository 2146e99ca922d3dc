using System.Diagnostics;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.Signals;

/// <summary>The export as an administrator runs it: the built executable, in a working folder with its own database.</summary>
[StartsProcesses("the built executable")]
public sealed class SignalExportProcessTests
{
    [Fact]
    public async Task Export_signals_runs_on_the_same_executable_and_refuses_an_unknown_format()
    {
        var work = Directory.CreateTempSubdirectory("casuistiek-export-").FullName;

        var (csvExit, csv, _) = await RunAsync(work, "export", "signals", "--format", "csv");
        var (jsonExit, json, _) = await RunAsync(work, "export", "signals", "--format", "json");
        var (badExit, _, error) = await RunAsync(work, "export", "signals", "--format", "xlsx");

        Assert.Equal((0, 0, 2), (csvExit, jsonExit, badExit));
        Assert.StartsWith("reference,title,category,status,owner,directorate,due_date", csv);
        Assert.Equal("[]", json.Trim());
        Assert.Contains("use csv or json", error);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string work, params string[] args)
    {
        var info = new ProcessStartInfo(PlaygroundPaths.DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
        info.ArgumentList.Add(PlaygroundPaths.AppAssembly());
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CasuistiekBot.Testing.Cards;

/// <summary>Runs one of the scripts in tests/js with node and reads the JSON it prints.</summary>
internal static class NodeTool
{
    // Generous: several helpers share two cores, and Chromium starts slowly on a loaded machine.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<JsonObject> RunAsync(string script, IEnumerable<string> arguments)
    {
        if (!Directory.Exists(Path.Combine(RepositoryPaths.NodeTools, "node_modules")))
        {
            throw new InvalidOperationException(
                $"{RepositoryPaths.NodeTools}/node_modules is missing: run 'npm ci --no-audit --no-fund' there first");
        }
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.NodeTools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.NodeTools, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {Timeout}");
        }
        var output = await stdout;
        if (process.ExitCode != 0 || JsonNode.Parse(output) is not JsonObject result)
        {
            throw new InvalidOperationException($"node {script} failed with exit code {process.ExitCode}: {await stderr}{output}");
        }
        return result;
    }
}

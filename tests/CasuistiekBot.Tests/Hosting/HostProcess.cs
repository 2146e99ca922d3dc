using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>
/// The app's executable started with environment variables in a fresh working directory: it either says where it
/// listens (the address is read from its log, so port 0 can be used) or exits by itself. Killed on dispose.
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process) => _process = process;

    /// <summary>The first address from "Now listening on: ...", or null when the app exited first.</summary>
    public string? ListeningOn { get; private set; }

    public bool ExitedByItself { get; private set; }

    public int? ExitCode => ExitedByItself ? _process.ExitCode : null;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<HostProcess> StartAsync(Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(PlaygroundPaths.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory.CreateTempSubdirectory("casuistiek-host-").FullName,
        };
        info.ArgumentList.Add(PlaygroundPaths.AppAssembly());
        info.Environment["MicrosoftAppId"] = "";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment) info.Environment[key] = value;

        var host = new HostProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        host._process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();

        var exited = host._process.WaitForExitAsync();
        var first = await Task.WhenAny(host._listening.Task, exited, Task.Delay(Patience));
        if (first == host._listening.Task) host.ListeningOn = await host._listening.Task;
        else if (first == exited)
        {
            host._process.WaitForExit(); // drains the redirected output
            host.ExitedByItself = true;
        }
        return host;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (ListeningAddress().Match(line) is { Success: true } match) _listening.TrySetResult(match.Groups[1].Value.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (\S+)")]
    private static partial Regex ListeningAddress();
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>
/// The real executable (<c>dotnet CasuistiekBot.dll --urls http://127.0.0.1:port</c>), unauthenticated on loopback, with
/// its settings as environment variables. It can be killed with SIGKILL and started again on the same data.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyPatience = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string> _settings;
    private readonly string _workingDirectory;
    private readonly List<string> _output = [];
    private Process? _process;

    private AppProcess(IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        _settings = settings.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!);
        _workingDirectory = workingDirectory;
        Port = FreePort();
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("Not started.");

    /// <summary>Starts the app and waits for <c>/readyz</c>; <paramref name="settings"/> use configuration keys (<c>Delivery:LeaseDuration</c>).</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string? workingDirectory = null)
    {
        var app = new AppProcess(settings, workingDirectory ?? Directory.CreateTempSubdirectory("casuistiek-process-").FullName);
        await app.RestartAsync();
        return app;
    }

    /// <summary>Starts the process again (after <see cref="Kill"/>) on the same port, settings and working directory.</summary>
    public async Task RestartAsync()
    {
        var info = new ProcessStartInfo(PlaygroundPaths.DotnetHost)
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = _workingDirectory,
        };
        info.ArgumentList.Add(PlaygroundPaths.AppAssembly());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{Port}");
        info.Environment["MicrosoftAppId"] = "";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var variable in new[] { "NO_PROXY", "no_proxy" }) info.Environment[variable] = "127.0.0.1,localhost";
        foreach (var (key, value) in _settings) info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    /// <summary>SIGKILL: no shutdown, no flushing, claims and transactions left as they are.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Output()
    {
        lock (_output) return string.Join('\n', _output);
    }

    public string Describe() => $"--- app on port {Port} ({(_process?.HasExited == true ? "exited" : "running")}), last output:\n{Output()}";

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < ReadyPatience)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"The app exited with {_process.ExitCode}.\n{Describe()}");
            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "readyz"))).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app was not ready within {ReadyPatience}.\n{Describe()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 300) _output.RemoveAt(0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"app:{Port}");
}

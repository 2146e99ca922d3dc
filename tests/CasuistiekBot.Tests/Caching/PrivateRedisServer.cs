using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Caching;

/// <summary>
/// A Redis of the test's own (scripts/redis.sh on a free port), so that stopping and restarting it does not pull the
/// shared test Redis from under tests running in parallel.
/// </summary>
internal sealed class PrivateRedisServer : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);
    private readonly int _port = FreePort();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "casuistiek-redis-test-" + Guid.NewGuid().ToString("N")[..12]);

    public string ConnectionString => $"127.0.0.1:{_port}";

    public static async Task<PrivateRedisServer> StartAsync()
    {
        var server = new PrivateRedisServer();
        await server.RestartAsync();
        return server;
    }

    public Task RestartAsync() => RunScriptAsync("start");

    /// <summary>Shuts Redis down (SIGTERM, nothing saved), as an operator's restart or a crashed container would.</summary>
    public Task StopAsync() => RunScriptAsync("stop");

    /// <summary>Freezes (SIGSTOP) or thaws (SIGCONT) the server: connected, but answering nothing, like a hung host.</summary>
    public void Freeze(bool frozen)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(_directory, "redis.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using var kill = Process.Start("kill", [frozen ? "-STOP" : "-CONT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill failed for Redis {pid}");
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_directory, "redis.pid"))) Freeze(false);
        await StopAsync();
    }

    private async Task RunScriptAsync(string verb)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "scripts", "redis.sh"), verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CASUISTIEK_REDIS_PORT"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["CASUISTIEK_REDIS_DIR"] = _directory },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"scripts/redis.sh {verb} failed: {await output}{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

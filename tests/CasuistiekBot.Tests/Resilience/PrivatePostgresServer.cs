using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>
/// A PostgreSQL of the test's own (scripts/postgres.sh on a free port and folder), so that stopping it does not pull
/// the shared test server from under tests running in parallel. <see cref="StopAsync"/> keeps the data.
/// </summary>
internal sealed class PrivatePostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(120);
    private readonly int _port = FreePort();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "casuistiek-pg-test-" + Guid.NewGuid().ToString("N")[..12]);

    public string ConnectionString { get; private set; } = "";

    public static async Task<PrivatePostgresServer> StartAsync()
    {
        var server = new PrivatePostgresServer();
        server.ConnectionString = (await server.RunAsync("bash", Path.Combine(RepositoryPaths.Root, "scripts", "postgres.sh"), "start")).Trim();
        return server;
    }

    /// <summary>A fast shutdown (open sessions are ended), as an operator's restart or a failover does; the data stays.</summary>
    public Task StopAsync() => RunAsOwnerAsync(PgCtl(), "-D", _directory, "-m", "fast", "-w", "stop");

    /// <summary>Starts the stopped server again on the same data and port.</summary>
    public Task StartAgainAsync() => RunAsync("bash", Path.Combine(RepositoryPaths.Root, "scripts", "postgres.sh"), "start");

    public async ValueTask DisposeAsync() => await RunAsync("bash", Path.Combine(RepositoryPaths.Root, "scripts", "postgres.sh"), "stop");

    private static string PgCtl() =>
        Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_ctl")).Where(File.Exists)
            .OrderBy(p => p, StringComparer.Ordinal).LastOrDefault()
        ?? throw new InvalidOperationException("pg_ctl not found under /usr/lib/postgresql");

    // initdb, pg_ctl and postgres refuse to run as root; the scripts use the postgres user the same way.
    private Task<string> RunAsOwnerAsync(params string[] command) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", .. command]) : RunAsync(command[0], command[1..]);

    private async Task<string> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
            Environment =
            {
                ["CASUISTIEK_PG_PORT"] = _port.ToString(CultureInfo.InvariantCulture),
                ["CASUISTIEK_PG_DIR"] = _directory,
            },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed: {await output}{await error}");
        return await output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

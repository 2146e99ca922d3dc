using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>The real executable: without an app id it must not serve unauthenticated requests beyond this machine.</summary>
[StartsProcesses("the built executable")]
public sealed class NetworkGuardProcessTests
{
    [Fact]
    public async Task Without_an_app_id_the_bot_refuses_to_listen_on_all_interfaces()
    {
        var (exitCode, output) = await RunAsync($"http://0.0.0.0:{FreePort()}", allowFlag: false, stopAfterReady: false);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MicrosoftAppId", output);
    }

    [Fact]
    public async Task With_the_explicit_flag_the_bot_starts_on_all_interfaces()
    {
        var (_, output) = await RunAsync($"http://0.0.0.0:{FreePort()}", allowFlag: true, stopAfterReady: true);

        Assert.Contains("ready", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string url, bool allowFlag, bool stopAfterReady)
    {
        var work = Directory.CreateTempSubdirectory("casuistiek-guard-");
        var info = new ProcessStartInfo(PlaygroundPaths.DotnetHost)
        {
            WorkingDirectory = work.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(PlaygroundPaths.AppAssembly());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(url);
        info.Environment["MicrosoftAppId"] = "";
        if (allowFlag) info.Environment["Bot__AllowUnauthenticatedOnNetwork"] = "true";

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        if (stopAfterReady)
        {
            using var http = new HttpClient();
            var port = new Uri(url.Replace("0.0.0.0", "127.0.0.1")).Port;
            var ready = false;
            while (!ready && !timeout.IsCancellationRequested && !process.HasExited)
            {
                try { ready = (await http.GetAsync($"http://127.0.0.1:{port}/readyz", timeout.Token)).IsSuccessStatusCode; }
                catch (HttpRequestException) { await Task.Delay(200, timeout.Token); }
            }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, (ready ? "ready\n" : "") + await stdout + await stderr);
        }

        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

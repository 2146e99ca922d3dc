using System.Diagnostics;

namespace CasuistiekBot.Testing.Playground;

/// <summary>
/// The two real servers of an end-to-end run, each on a free loopback port: the bot (dotnet) and the Agents
/// Playground (node with the loopback preload), sharing one temporary folder for data, config and logs.
/// </summary>
internal sealed class PlaygroundServers(PlaygroundOptions options, HttpClient http) : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("casuistiek-e2e-");
    private readonly List<ChildProcess> _processes = [];
    private readonly int[] _ports = LoopbackPort.Free(3);
    private readonly List<string> _stoppedBots = [];
    private ChildProcess? _bot;
    private ConnectorTap? _tap;

    public Uri Bot => new($"http://127.0.0.1:{_ports[0]}");
    public Uri Playground => new($"http://127.0.0.1:{_ports[1]}");

    /// <summary>The connector the bot talks to: the Playground's, through the tap that keeps what it accepted.</summary>
    public ConnectorTap Tap => _tap ??= new ConnectorTap(_ports[2], Playground);

    private string PlaygroundLog => Path.Combine(_work.FullName, "playground", "playground.log");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var bot = await StartBotAsync(new Dictionary<string, string>(), cancellationToken);
        var playground = await StartPlaygroundAsync(cancellationToken);
        var botHealth = new Uri(Bot, options.BotHealthPath);
        var ping = new Uri(Playground, "/_debug/ping");
        // The Playground silently moves to another port when its port is taken; only its own words prove it is ours.
        var listening = $"Listening on {Playground.Port}";
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < options.StartupTimeout)
        {
            if (bot.HasExited || playground.HasExited) throw Fail("A server exited during start-up.");
            if (playground.HasPrinted("Listening on") && !playground.HasPrinted(listening))
                throw Fail($"The Playground did not get port {Playground.Port}.");
            if (playground.HasPrinted(listening) && await RespondsAsync(ping, cancellationToken) && await RespondsAsync(botHealth, cancellationToken))
                return;
            await Task.Delay(PollInterval, cancellationToken);
        }
        throw Fail($"The bot ({botHealth}) and the Playground ({ping}) were not both ready within {options.StartupTimeout}.");
    }

    /// <summary>
    /// Stops the bot (as abruptly as a crash) and starts it again on the same port and database, with
    /// <paramref name="environment"/> on top of the options' environment; the Playground and the tap keep running.
    /// </summary>
    public async Task RestartBotAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (_bot is { } old)
        {
            _processes.Remove(old);
            await old.DisposeAsync();
            _stoppedBots.Add($"--- bot before restart {_stoppedBots.Count + 1}, last output:\n{old.Output()}");
        }
        var bot = await StartBotAsync(environment, cancellationToken);
        var health = new Uri(Bot, options.BotHealthPath);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < options.StartupTimeout)
        {
            if (bot.HasExited) throw Fail("The bot exited during its restart.");
            if (await RespondsAsync(health, cancellationToken)) return;
            await Task.Delay(PollInterval, cancellationToken);
        }
        throw Fail($"The restarted bot ({health}) was not ready within {options.StartupTimeout}.");
    }

    public PlaygroundException Fail(string what, Exception? inner = null) => new($"{what}\n{Describe()}", inner);

    public string Describe()
    {
        var parts = _stoppedBots.Concat(_processes.Select(p => p.Describe())).ToList();
        if (_tap is not null) parts.Add(_tap.Describe());
        if (File.Exists(PlaygroundLog))
            parts.Add($"--- Playground log file {PlaygroundLog}:\n{string.Join('\n', PlaygroundLogFile.Tail(PlaygroundLog))}");
        return string.Join('\n', parts);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _processes.Count - 1; i >= 0; i--) await _processes[i].DisposeAsync();
        if (_tap is not null) await _tap.DisposeAsync();
        try
        {
            _work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying child; the temp folder is cleaned by the OS eventually.
        }
    }

    private async Task<ChildProcess> StartBotAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var assembly = options.BotAssemblyPath ?? PlaygroundPaths.AppAssembly();
        var info = new ProcessStartInfo(PlaygroundPaths.DotnetHost) { WorkingDirectory = _work.FullName };
        info.ArgumentList.Add(assembly);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{Bot.Port}");
        if (options.DemoRoles)
        {
            // The same settings scripts/run-playground.sh gives the bot, from the same script and the same file.
            foreach (var argument in await DemoRoleArgumentsAsync(cancellationToken)) info.ArgumentList.Add(argument);
            info.ArgumentList.Add($"--Expertise:SeedFile={Path.Combine(Path.GetDirectoryName(assembly)!, "Expertise", "demo-directory.json")}");
        }
        // Every run gets its own SQLite database under its working folder.
        info.Environment["ConnectionStrings__CasuistiekDb"] = $"Data Source={Path.Combine(_work.CreateSubdirectory("data").FullName, "casuistiek.db")}";
        foreach (var (name, value) in options.BotEnvironment.Concat(environment)) info.Environment[name] = value;
        _bot = Track(ChildProcess.Start("bot", info));
        return _bot;
    }

    private async Task<ChildProcess> StartPlaygroundAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(PlaygroundPaths.PlaygroundCli))
            throw Fail($"The Agents Playground is not installed at {PlaygroundPaths.PlaygroundCli}: run npm ci in {PlaygroundPaths.NodeTools}.");
        var home = _work.CreateSubdirectory("playground");
        var config = Path.Combine(home.FullName, ".m365agentsplayground.yml");
        await WriteConfigAsync(config, cancellationToken);

        var info = new ProcessStartInfo("node") { WorkingDirectory = home.FullName };
        foreach (var argument in new[]
        {
            "-r", PlaygroundPaths.ForceLoopback, PlaygroundPaths.PlaygroundCli,
            "-p", Playground.Port.ToString(), "-e", new Uri(Bot, "/api/messages").ToString(), "-c", "msteams",
            "--su", Tap.ServiceUrl.ToString(), "--disable-telemetry",
        })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = config;
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = PlaygroundLog;
        return Track(ChildProcess.Start("Agents Playground", info));
    }

    private async Task WriteConfigAsync(string path, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("node");
        info.ArgumentList.Add(PlaygroundPaths.ConfigWriter);
        if (options.CurrentUser is { } who)
        {
            info.ArgumentList.Add("--as");
            info.ArgumentList.Add(who);
        }
        info.ArgumentList.Add(path);
        var writer = Track(ChildProcess.Start("Playground config writer", info));
        if (await writer.WaitForExitAsync(cancellationToken) != 0) throw Fail("The Playground config could not be written.");
    }

    private async Task<string[]> DemoRoleArgumentsAsync(CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("node");
        info.ArgumentList.Add(PlaygroundPaths.DemoRoles);
        var script = Track(ChildProcess.Start("demo roles", info));
        if (await script.WaitForExitAsync(cancellationToken) != 0) throw Fail("The demo roles could not be read.");
        return script.Output().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private async Task<bool> RespondsAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            using var response = await http.GetAsync(uri, attempt.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private ChildProcess Track(ChildProcess process)
    {
        _processes.Add(process);
        return process;
    }
}

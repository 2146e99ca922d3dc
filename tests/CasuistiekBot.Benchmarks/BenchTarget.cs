namespace CasuistiekBot.Benchmarks;

/// <summary>One bot configuration to measure: ours on a state store, or the SDK peer.</summary>
internal sealed record BenchTarget(string Name, string Description, bool IsPeer)
{
    public async Task<BotProcess> StartAsync(BenchSettings settings, int port, string dataDirectory)
    {
        var url = $"http://127.0.0.1:{port}/";
        if (IsPeer)
        {
            var peerEnvironment = new Dictionary<string, string> { ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return await BotProcess.StartAsync("node", ["index.js"], peerEnvironment, url, "healthz", settings.PeerDirectory);
        }

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = "",
            // Both bots log warnings and errors only: a console line per turn would measure the terminal.
            ["Logging__LogLevel__Default"] = "Warning",
            // The default layout: the database in data/ under the content root (the working directory).
            ["ConnectionStrings__CasuistiekDb"] = "Data Source=data/bot.db",
            // No coordinators' channel is registered, so a submitted casus waits for one instead of posting its triage card
            // through the outbox (the peer has nothing like it); the warning that says so each time is silenced.
            ["Logging__LogLevel__CasuistiekBot.Triage.TriagePublisher"] = "Error",
        };
        switch (Name)
        {
            case "ours-memory":
                environment["State__Provider"] = "Memory";
                break;
            case "ours-postgres":
                environment["Database__Provider"] = "Postgres";
                environment["ConnectionStrings__CasuistiekDb"] = settings.Postgres ?? throw new ArgumentException("--postgres is required for ours-postgres");
                break;
            case "ours-redis":
                environment["ConnectionStrings__Redis"] = settings.Redis ?? throw new ArgumentException("--redis is required for ours-redis");
                break;
        }
        return await BotProcess.StartAsync("dotnet", [settings.OursAssembly, "--urls", url.TrimEnd('/')], environment, url, "readyz", dataDirectory);
    }

    public static BenchTarget Named(string name) => name switch
    {
        "ours-memory" => new(name, "ours, State:Provider=Memory (SQLite for cases)", false),
        "ours-sqlite" => new(name, "ours, SQLite (default)", false),
        "ours-postgres" => new(name, "ours, PostgreSQL", false),
        "ours-redis" => new(name, "ours, Redis state + SQLite for cases", false),
        "peer" => new(name, "peer: botbuilder 4.23 JS, waterfall + MemoryStorage", true),
        _ => throw new ArgumentException($"Unknown target '{name}'"),
    };
}

namespace CasuistiekBot.Benchmarks;

/// <summary>One bot configuration to measure: ours on a state store, or the SDK peer.</summary>
internal sealed record BenchTarget(string Name, string Description, bool IsPeer)
{
    public async Task<BotProcess> StartAsync(BenchSettings settings, int port, string dataDirectory, string serviceUrl)
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
            ["Roles__Admins__0"] = IntakeScript.AdministratorAadId,
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
        var bot = await BotProcess.StartAsync("dotnet", [settings.OursAssembly, "--urls", url.TrimEnd('/')], environment, url, "readyz", dataDirectory);
        await RegisterChannelAsync(bot, serviceUrl);
        return bot;
    }

    private static async Task RegisterChannelAsync(BotProcess bot, string serviceUrl)
    {
        using var http = new HttpClient();
        using var content = new StringContent(IntakeScript.RegisterChannel(serviceUrl), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(bot.Url + "api/messages", content);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Registering the coordinators' channel got {(int)response.StatusCode}");
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

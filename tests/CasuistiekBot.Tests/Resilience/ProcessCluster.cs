using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>
/// App processes sharing one database (their own PostgreSQL database, or a SQLite file) and one fake connector, plus
/// an in-process container on the same database for reading what they stored.
/// </summary>
internal sealed class ProcessCluster : IAsyncDisposable
{
    private readonly StorageTestDatabase _database;
    private readonly List<AppProcess> _apps = [];
    private readonly string _sqliteDirectory = Directory.CreateTempSubdirectory("casuistiek-cluster-").FullName;
    private ClusterOutbox? _outbox;

    private ProcessCluster(StorageTestDatabase database, FakeConnectorServer connector)
    {
        _database = database;
        Connector = connector;
    }

    public FakeConnectorServer Connector { get; }
    public IReadOnlyList<AppProcess> Apps => _apps;

    public static async Task<ProcessCluster> CreateAsync(DatabaseProvider provider = DatabaseProvider.Postgres) =>
        new(await StorageTestDatabase.CreateAsync(provider), await FakeConnectorServer.StartAsync());

    /// <summary>The settings every process gets: the shared database, the bot's id, quick delivery polling.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = _database.Provider.ToString(),
        // A SQLite path relative to each process's own working directory would give each its own file.
        ["ConnectionStrings:CasuistiekDb"] = _database.Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(_sqliteDirectory, "bot.db")}"
            : _database.ConnectionString,
        ["Bot:Id"] = "28:casuistiek-bot",
        ["Delivery:PollInterval"] = "00:00:00.250",
    };

    /// <summary>Starts <paramref name="count"/> processes at once with <see cref="Settings"/> plus <paramref name="extra"/>.</summary>
    public async Task<IReadOnlyList<AppProcess>> StartAsync(int count, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        // The first one migrates; the others start once the schema exists, as a rolling deployment would.
        var first = await AppProcess.StartAsync(settings);
        _apps.Add(first);
        var others = await Task.WhenAll(Enumerable.Range(1, count - 1).Select(_ => AppProcess.StartAsync(settings)));
        _apps.AddRange(others);
        return [first, .. others];
    }

    /// <summary>The shared outbox, reached from this test process.</summary>
    public async Task<ClusterOutbox> OutboxAsync() => _outbox ??= await ClusterOutbox.CreateAsync(Settings(), _sqliteDirectory, Connector.ServiceUrl);

    public async Task<CasuistiekDbContext> DbAsync()
    {
        var instance = _database.StartInstance(Settings()["ConnectionStrings:CasuistiekDb"]);
        return await instance.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
    }

    public async Task<List<Casus>> CasesAsync()
    {
        await using var db = await DbAsync();
        return await db.Set<Casus>().AsNoTracking().OrderBy(c => c.Number).ToListAsync();
    }

    public string Describe() => string.Join("\n", _apps.Select(a => a.Describe()));

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps) await app.DisposeAsync();
        if (_outbox is not null) await _outbox.DisposeAsync();
        await Connector.DisposeAsync();
        await _database.DisposeAsync();
        try { Directory.Delete(_sqliteDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>
/// App processes sharing one database (their own PostgreSQL database, or a SQLite file) and one fake connector, plus
/// containers in this test process on the same database for reading what they stored.
/// </summary>
internal sealed class ProcessCluster : IAsyncDisposable
{
    private readonly StorageTestDatabase? _database;
    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private readonly string _directory;
    private readonly List<AppProcess> _apps = [];
    private ServiceProvider? _reader;
    private ClusterOutbox? _outbox;

    private ProcessCluster(DatabaseProvider provider, string? connectionString, StorageTestDatabase? database, FakeConnectorServer connector)
    {
        _provider = provider;
        _database = database;
        _directory = Directory.CreateTempSubdirectory("casuistiek-cluster-").FullName;
        // A SQLite path relative to each process's own working directory would give each its own file.
        _connectionString = connectionString ?? (provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(_directory, "bot.db")}"
            : database!.ConnectionString);
        Connector = connector;
    }

    public FakeConnectorServer Connector { get; }
    public IReadOnlyList<AppProcess> Apps => _apps;

    /// <summary>A fresh database: a PostgreSQL database of its own on the test server, or a new SQLite file.</summary>
    public static async Task<ProcessCluster> CreateAsync(DatabaseProvider provider = DatabaseProvider.Postgres)
    {
        var database = provider == DatabaseProvider.Postgres ? await StorageTestDatabase.CreateAsync(provider) : null;
        return new(provider, null, database, await FakeConnectorServer.StartAsync());
    }

    /// <summary>On a PostgreSQL server the test runs itself (see <see cref="PrivatePostgresServer"/>).</summary>
    public static async Task<ProcessCluster> OnPostgresAsync(string connectionString) =>
        new(DatabaseProvider.Postgres, connectionString, null, await FakeConnectorServer.StartAsync());

    /// <summary>The settings every process gets: the shared database, the bot's id, quick delivery polling.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = _provider.ToString(),
        ["ConnectionStrings:CasuistiekDb"] = _connectionString,
        ["Bot:Id"] = "28:casuistiek-bot",
        ["Delivery:PollInterval"] = "00:00:00.250",
    };

    /// <summary>Starts <paramref name="count"/> processes with <see cref="Settings"/> plus <paramref name="extra"/>.</summary>
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
    public async Task<ClusterOutbox> OutboxAsync() => _outbox ??= await ClusterOutbox.CreateAsync(Settings(), _directory, Connector.ServiceUrl);

    public async Task<CasuistiekDbContext> DbAsync()
    {
        if (_reader is null)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddStorage(new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build(), new TestHostEnvironment(_directory));
            services.AddConversationReferences();
            _reader = services.BuildServiceProvider();
        }
        return await _reader.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
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
        if (_reader is not null) await _reader.DisposeAsync();
        await Connector.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using CasuistiekBot.Conversations;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Storage;

/// <summary>
/// A fresh database for one test (a temp SQLite file or its own PostgreSQL database) and any number of "app
/// instances" on it, each a container built by the real <c>AddStorage</c>.
/// </summary>
internal sealed class StorageTestDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> _instances = [];
    private readonly PostgresTestDatabase? _postgres;

    private StorageTestDatabase(DatabaseProvider provider, string connectionString, string contentRoot, PostgresTestDatabase? postgres)
    {
        Provider = provider;
        ConnectionString = connectionString;
        ContentRoot = contentRoot;
        _postgres = postgres;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string ContentRoot { get; }
    public FakeTimeProvider Clock { get; } = new();

    public static async Task<StorageTestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "casuistiek-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(contentRoot);
        if (provider == DatabaseProvider.Sqlite)
        {
            // Relative on purpose: AddStorage must resolve it against the content root and create the folder.
            return new StorageTestDatabase(provider, "Data Source=data/casuistiek.db", contentRoot, null);
        }
        var postgres = await PostgresTestDatabase.CreateAsync();
        return new StorageTestDatabase(provider, postgres.ConnectionString, contentRoot, postgres);
    }

    /// <summary>
    /// One more app instance: its own container, options and DbContext pool on the same database; <paramref name="services"/>
    /// adds what a test needs beyond storage (another slice's migration data steps, say).
    /// </summary>
    public ServiceProvider StartInstance(string? connectionString = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["Database:HealthCheckTimeout"] = "00:00:10",
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = connectionString ?? ConnectionString,
        }).Build();
        var container = new ServiceCollection();
        container.AddLogging();
        container.AddSingleton(clock ?? Clock);
        container.AddStorage(configuration, new TestHostEnvironment(ContentRoot));
        container.AddConversationReferences();
        services?.Invoke(container);
        var provider = container.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _instances.Add(provider);
        return provider;
    }

    public async Task<ServiceProvider> StartMigratedInstanceAsync(TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        var instance = StartInstance(clock: clock, services: services);
        await instance.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            var connectionString = instance.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.ConnectionString;
            await instance.DisposeAsync();
            if (Provider == DatabaseProvider.Sqlite) SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        }
        if (_postgres is not null) await _postgres.DisposeAsync();
        try
        {
            Directory.Delete(ContentRoot, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaks a temp folder; it must not fail the test.
        }
    }
}

using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Tests.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Delivery;

/// <summary>
/// One database (SQLite file or PostgreSQL database), one fake Bot Connector over real HTTP, one clock, and any number
/// of app instances on them, each a container built by the real AddStorage, AddBotConnector and AddDelivery.
/// </summary>
internal sealed class DeliveryTestHost : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly StorageTestDatabase _database;
    private readonly List<DeliveryInstance> _instances = [];

    private DeliveryTestHost(StorageTestDatabase database, FakeConnectorServer connector, TimeProvider clock)
    {
        _database = database;
        Connector = connector;
        Clock = clock;
    }

    public FakeConnectorServer Connector { get; }
    public TimeProvider Clock { get; }
    public FakeTimeProvider FakeTimeProvider => Clock as FakeTimeProvider ?? throw new InvalidOperationException("This host runs on the system clock.");

    public static async Task<DeliveryTestHost> StartAsync(DatabaseProvider provider, TimeProvider? clock = null)
    {
        var database = await StorageTestDatabase.CreateAsync(provider);
        var connector = await FakeConnectorServer.StartAsync();
        return new DeliveryTestHost(database, connector, clock ?? new FakeTimeProvider(TestClock.Start));
    }

    /// <summary>A migrated app instance; <paramref name="settings"/> override the test defaults.</summary>
    public async Task<DeliveryInstance> StartInstanceAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider.ToString(),
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = _database.ConnectionString,
            ["Bot:Id"] = "28:casuistiek-bot",
            // One quick retry in the connector (as few as Polly allows), so most answers reach the worker; the attempt
            // limit is on the test's clock and must not fire while that clock races ahead of a real HTTP call.
            ["Bot:Connector:MaxRetries"] = "1",
            ["Bot:Connector:AttemptTimeout"] = "01:00:00",
            ["Bot:Connector:TotalTimeout"] = "00:01:00",
            ["Delivery:PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var notifier = new RecordingFailureNotifier();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Clock);
        services.AddSingleton<IDeliveryFailureNotifier>(notifier);
        services.AddStorage(configuration, new TestHostEnvironment(_database.ContentRoot));
        services.AddConversationReferences();
        services.AddBotConnector(configuration);
        ClockConnectorCalls(services);
        services.AddDelivery(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var instance = new DeliveryInstance(provider, (ClockedConnector)provider.GetRequiredService<IConnectorClient>(), notifier, Connector.ServiceUrl);
        _instances.Add(instance);
        return instance;
    }

    /// <summary>Moves the fake clock in small steps until <paramref name="done"/> holds, so that workers waiting on it get going.</summary>
    public async Task RunUntilAsync(Func<Task<bool>> done, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The condition did not hold within {Patience}.");
            if (Clock is FakeTimeProvider fake) fake.Advance(step ?? TimeSpan.FromMilliseconds(250));
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }

    private void ClockConnectorCalls(IServiceCollection services)
    {
        var real = services.Single(d => d.ServiceType == typeof(IConnectorClient));
        services.Remove(real);
        services.AddSingleton<IConnectorClient>(provider => new ClockedConnector(
            (IConnectorClient)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!), Clock));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            var connectionString = instance.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString;
            await instance.DisposeAsync();
            if (_database.Provider == DatabaseProvider.Sqlite) SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        }
        await Connector.DisposeAsync();
        await _database.DisposeAsync();
    }
}

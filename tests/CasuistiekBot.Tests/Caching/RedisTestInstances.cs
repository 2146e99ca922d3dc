using CasuistiekBot.Caching;
using CasuistiekBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CasuistiekBot.Tests.Caching;

/// <summary>
/// Any number of "app instances" on one real Redis, each a container built by the real <c>AddRedisIfConfigured</c>
/// and so with its own multiplexer. All keys of one test live under their own prefix and are removed at the end.
/// </summary>
internal sealed class RedisTestInstances : IAsyncDisposable
{
    public const string EnvironmentVariable = "CASUISTIEK_TEST_REDIS";

    private readonly List<ServiceProvider> _instances = [];
    private ConnectionMultiplexer? _raw;

    public RedisTestInstances(string? connectionString = null) =>
        ConnectionString = connectionString ?? TestEnvironment.Require(EnvironmentVariable);

    public string ConnectionString { get; }
    public string KeyPrefix { get; } = $"test:{Guid.NewGuid():N}:";
    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>Redis itself, without the app's code in between, for looking at keys and TTLs.</summary>
    public IDatabase Raw => (_raw ??= ConnectionMultiplexer.Connect(ConnectionString)).GetDatabase();

    public ServiceProvider StartInstance(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = ConnectionString,
            ["Redis:KeyPrefix"] = KeyPrefix,
            // Generous: a loaded 2-core machine must not turn into a false outage.
            ["Redis:OperationTimeout"] = "00:00:20",
            ["Redis:SyncTimeout"] = "00:00:20",
            ["Redis:ConnectTimeout"] = "00:00:10",
            ["Redis:ReconnectInterval"] = "00:00:00.5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        if (clock is not null) services.AddSingleton(clock);
        services.AddRedisIfConfigured(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _instances.Add(provider);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        if (_raw is null) return;
        try
        {
            foreach (var endPoint in _raw.GetEndPoints())
            {
                var keys = _raw.GetServer(endPoint).Keys(pattern: KeyPrefix + "*").ToArray();
                if (keys.Length > 0) await _raw.GetDatabase().KeyDeleteAsync(keys);
            }
        }
        catch (RedisException)
        {
            // The restart tests leave a stopped server behind; there is nothing to clean up there.
        }
        _raw.Dispose();
    }
}

using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace CasuistiekBot.Caching;

/// <summary>
/// The app's one multiplexer, shared by the state store, the deduplicator and the distributed cache, and connected on
/// first use. It is created with abortConnect=false, so it exists even while Redis is down and reconnects on its own
/// when Redis comes back; commands meanwhile fail fast with <see cref="RedisConnectionException"/>, which
/// <see cref="RedisOutageClassifier"/> calls transient.
/// </summary>
internal sealed class RedisConnection : IDisposable
{
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;
    private int _outageLogged;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        Options = options.Value;
        _logger = logger;
        _multiplexer = new(ConnectAsync);
    }

    public RedisOptions Options { get; }

    /// <summary>The shared multiplexer; also the distributed cache's connection factory.</summary>
    public async Task<IConnectionMultiplexer> MultiplexerAsync() => await _multiplexer.Value;

    /// <summary>The database with the configured key prefix applied to every key, also to the keys of Lua scripts.</summary>
    public async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken)
    {
        var database = (await _multiplexer.Value.WaitAsync(cancellationToken)).GetDatabase();
        return Options.KeyPrefix.Length == 0 ? database : database.WithKeyPrefix(Options.KeyPrefix);
    }

    // The library's RedisCache closes the multiplexer it was given when the container disposes it; disposing twice is
    // harmless, and by then every turn and worker has stopped.
    public void Dispose()
    {
        if (_multiplexer.IsValueCreated && _multiplexer.Value.IsCompletedSuccessfully) _multiplexer.Value.Result.Dispose();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString.ToConfiguration(Options));
        multiplexer.ConnectionFailed += OnConnectionFailed;
        multiplexer.ConnectionRestored += OnConnectionRestored;
        multiplexer.InternalError += (_, e) => _logger.LogError(e.Exception,
            "Redis client error on {EndPoint} in {Origin}", e.EndPoint, e.Origin);
        if (!multiplexer.IsConnected) _logger.LogWarning("Redis is not reachable yet; the app runs on and connects when it is");
        return multiplexer;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        // Every reconnect attempt during an outage fails again; one warning per outage is enough.
        var level = Interlocked.Exchange(ref _outageLogged, 1) == 0 ? LogLevel.Warning : LogLevel.Debug;
        _logger.Log(level, e.Exception, "Redis connection to {EndPoint} failed ({FailureType}, {ConnectionType}); reconnecting in the background",
            e.EndPoint, e.FailureType, e.ConnectionType);
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        Interlocked.Exchange(ref _outageLogged, 0);
        _logger.LogInformation("Redis connection to {EndPoint} restored ({ConnectionType})", e.EndPoint, e.ConnectionType);
    }
}

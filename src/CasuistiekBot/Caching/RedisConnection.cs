using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace CasuistiekBot.Caching;

/// <summary>
/// The app's one multiplexer, connected on first use. It is created with abortConnect=false, so it exists even while
/// Redis is down and reconnects on its own when Redis comes back; commands meanwhile fail fast with
/// <see cref="RedisConnectionException"/>, which <see cref="RedisOutageClassifier"/> calls transient.
/// </summary>
internal sealed class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;
    private int _disposed;
    private int _outageLogged;

    public RedisOptions Options => options.Value;

    /// <summary>The database with the configured key prefix applied to every key, also to the keys of Lua scripts.</summary>
    public async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken)
    {
        var multiplexer = Volatile.Read(ref _multiplexer);
        if (multiplexer is null)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                multiplexer = _multiplexer ?? Publish(await ConnectionMultiplexer.ConnectAsync(Configure()));
            }
            finally
            {
                _gate.Release();
            }
        }
        return Prefixed(multiplexer);
    }

    public IDatabase GetDatabase()
    {
        var multiplexer = Volatile.Read(ref _multiplexer);
        if (multiplexer is null)
        {
            _gate.Wait();
            try
            {
                multiplexer = _multiplexer ?? Publish(ConnectionMultiplexer.Connect(Configure()));
            }
            finally
            {
                _gate.Release();
            }
        }
        return Prefixed(multiplexer);
    }

    /// <summary>Waits for a command's reply at most <see cref="RedisOptions.OperationTimeout"/>: 1.x has no timeout on async commands.</summary>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> command, CancellationToken cancellationToken)
    {
        var database = await GetDatabaseAsync(cancellationToken);
        try
        {
            return await command(database).WaitAsync(Options.OperationTimeout, cancellationToken);
        }
        catch (TimeoutException e) when (e is not RedisTimeoutException)
        {
            throw new RedisOperationTimeoutException(Options.OperationTimeout, e);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (Volatile.Read(ref _multiplexer) is not { } multiplexer) return;
        // A graceful close waits for a QUIT reply that 1.x on .NET Core may never see, for the whole sync timeout;
        // every turn has finished by the time the container is disposed, so nothing is left to complete.
        multiplexer.Close(allowCommandsToComplete: false);
        multiplexer.Dispose();
    }

    private ConfigurationOptions Configure()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        return RedisConnectionString.ToConfiguration(Options);
    }

    private ConnectionMultiplexer Publish(ConnectionMultiplexer multiplexer)
    {
        multiplexer.ConnectionFailed += OnConnectionFailed;
        multiplexer.ConnectionRestored += OnConnectionRestored;
        multiplexer.InternalError += (_, e) => logger.LogError(e.Exception,
            "Redis client error on {EndPoint} in {Origin}", e.EndPoint, e.Origin);
        if (!multiplexer.IsConnected) logger.LogWarning("Redis is not reachable yet; the app runs on and connects when it is");
        Volatile.Write(ref _multiplexer, multiplexer);
        return multiplexer;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        // Every reconnect attempt during an outage fails again; one warning per outage is enough.
        var level = Interlocked.Exchange(ref _outageLogged, 1) == 0 ? LogLevel.Warning : LogLevel.Debug;
        logger.Log(level, e.Exception, "Redis connection to {EndPoint} failed ({FailureType}, {ConnectionType}); reconnecting in the background",
            e.EndPoint, e.FailureType, e.ConnectionType);
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        Interlocked.Exchange(ref _outageLogged, 0);
        logger.LogInformation("Redis connection to {EndPoint} restored ({ConnectionType})", e.EndPoint, e.ConnectionType);
    }

    private IDatabase Prefixed(ConnectionMultiplexer multiplexer) =>
        Options.KeyPrefix.Length == 0 ? multiplexer.GetDatabase() : multiplexer.GetDatabase().WithKeyPrefix(Options.KeyPrefix);
}

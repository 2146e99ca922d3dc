using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Middleware;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Storage;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CasuistiekBot.Caching;

internal static class RedisServiceCollectionExtensions
{
    private const string CacheKeyPrefix = "cache:";

    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set, state, the distributed cache and activity deduplication run on Redis,
    /// replacing the database-backed and in-memory defaults (so call this after AddStorage and AddBotPipeline).
    /// Without it, only the in-memory <see cref="IDistributedCache"/> is added, if nothing else provides one.
    /// </summary>
    public static IServiceCollection AddRedisIfConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(RedisOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        services.AddOptions<RedisOptions>()
            .Bind(configuration.GetSection(RedisOptions.SectionName))
            .Configure(options => options.ConnectionString = connectionString)
            .Validate(options => options.OperationTimeout > TimeSpan.Zero && options.ConnectTimeout > TimeSpan.Zero
                && options.SyncTimeout > TimeSpan.Zero && options.ReconnectInterval > TimeSpan.Zero,
                "Redis timeouts and the reconnect interval must be positive")
            .Validate(options => options.ConversationStateTimeToLive is null || options.ConversationStateTimeToLive > TimeSpan.Zero,
                "Redis:ConversationStateTimeToLive must be positive when set")
            .Validate(options => options.DeduplicationWindow > TimeSpan.Zero, "Redis:DeduplicationWindow must be positive")
            .ValidateOnStart();

        services.AddSingleton<RedisConnection>();
        services.RemoveAll<IStateStore>().AddSingleton<IStateStore, RedisStateStore>();
        services.RemoveAll<IDistributedCache>().AddStackExchangeRedisCache(_ => { });
        // The cache runs on the app's one multiplexer, its entries under the app's key prefix.
        services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((cache, connection) =>
        {
            cache.ConnectionMultiplexerFactory = connection.MultiplexerAsync;
            cache.InstanceName = connection.Options.KeyPrefix + CacheKeyPrefix;
        });
        services.RemoveAll<IActivityDeduplicator>().AddSingleton<IActivityDeduplicator, RedisActivityDeduplicator>();
        services.AddSingleton<ITransientFailureClassifier, RedisOutageClassifier>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: [DatabaseHealthCheck.ReadyTag]);
        return services;
    }
}

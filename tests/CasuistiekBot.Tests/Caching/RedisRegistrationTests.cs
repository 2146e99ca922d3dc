using CasuistiekBot.Caching;
using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Hosting;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Middleware;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Storage;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Caching;

public sealed class RedisRegistrationTests
{
    [Fact]
    public void With_a_Redis_connection_string_state_cache_and_deduplication_run_on_Redis()
    {
        // Nothing connects until first use, so an address where no Redis listens is enough here.
        using var services = Build(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = "127.0.0.1:1" });

        Assert.IsType<RedisStateStore>(services.GetRequiredService<IStateStore>());
        Assert.IsAssignableFrom<RedisCache>(services.GetRequiredService<IDistributedCache>());
        Assert.Single(services.GetServices<IDistributedCache>());
        Assert.IsType<RedisActivityDeduplicator>(services.GetRequiredService<IActivityDeduplicator>());
        Assert.Single(services.GetServices<IStateStore>());
        Assert.Contains(services.GetServices<ITransientFailureClassifier>(), c => c is RedisOutageClassifier);
        Assert.Contains(services.GetServices<ITransientFailureClassifier>(), c => c is DatabaseOutageClassifier);
        Assert.Contains(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == RedisHealthCheck.Name);
        Assert.Equal("casuistiek:", services.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix);
    }

    [Fact]
    public void Without_a_Redis_connection_string_the_database_store_and_the_in_memory_cache_remain()
    {
        using var services = Build(new Dictionary<string, string?>());

        Assert.IsType<DbStateStore>(services.GetRequiredService<IStateStore>());
        Assert.IsType<MemoryDistributedCache>(services.GetRequiredService<IDistributedCache>());
        Assert.IsType<MemoryActivityDeduplicator>(services.GetRequiredService<IActivityDeduplicator>());
        Assert.DoesNotContain(services.GetServices<ITransientFailureClassifier>(), c => c is RedisOutageClassifier);
        Assert.Null(services.GetService<RedisConnection>());
    }

    [Fact]
    public void Redis_settings_are_read_from_the_Redis_section()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "redis://:s3cret@cache.internal:6380/2",
            ["Redis:KeyPrefix"] = "acc:",
            ["Redis:ConversationStateTimeToLive"] = "7.00:00:00",
        });

        var options = services.GetRequiredService<IOptions<RedisOptions>>().Value;

        Assert.Equal("acc:", options.KeyPrefix);
        Assert.Equal(TimeSpan.FromDays(7), options.ConversationStateTimeToLive);
        Assert.Equal("redis://:s3cret@cache.internal:6380/2", options.ConnectionString);
    }

    [Fact]
    public void A_non_positive_time_to_live_is_refused_at_start()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "127.0.0.1:1",
            ["Redis:ConversationStateTimeToLive"] = "00:00:00",
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RedisOptions>>().Value);
    }

    /// <summary>The registrations in Program.cs's order: storage, pipeline, then the Redis option.</summary>
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:CasuistiekDb"] = "Data Source=:memory:";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStorage(configuration, new TestHostEnvironment(Path.GetTempPath()));
        services.AddConversationReferences();
        services.AddBotPipeline(configuration);
        services.AddRedisIfConfigured(configuration);
        return services.BuildServiceProvider();
    }
}

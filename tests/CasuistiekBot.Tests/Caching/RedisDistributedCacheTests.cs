using System.Text;
using CasuistiekBot.Caching;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Testing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Caching;

public sealed class RedisDistributedCacheTests
{
    private const string Redis = RedisTestInstances.EnvironmentVariable;
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [RequiresServiceFact(Redis)]
    public async Task A_value_set_asynchronously_is_read_back_on_another_instance_until_removed()
    {
        await using var redis = new RedisTestInstances();
        var writer = Cache(redis);
        var reader = Cache(redis);

        await writer.SetStringAsync("directory:user-1", "Anna de Vries");

        Assert.Equal("Anna de Vries", await reader.GetStringAsync("directory:user-1"));
        Assert.Null(await reader.GetAsync("directory:user-2"));
        await reader.RemoveAsync("directory:user-1");
        Assert.Null(await writer.GetAsync("directory:user-1"));
    }

    [RequiresServiceFact(Redis)]
    public async Task The_synchronous_methods_set_read_refresh_and_remove_too()
    {
        await using var redis = new RedisTestInstances();
        var cache = Cache(redis);
        var key = redis.KeyPrefix + "cache:sync";

        cache.Set("sync", Encoding.UTF8.GetBytes("value"), new DistributedCacheEntryOptions { SlidingExpiration = Hour });
        await redis.Raw.KeyExpireAsync(key, TimeSpan.FromSeconds(30));
        cache.Refresh("sync");

        Assert.Equal("value", Encoding.UTF8.GetString(cache.Get("sync")!));
        Assert.InRange(await redis.Raw.KeyTimeToLiveAsync(key) ?? TimeSpan.Zero, TimeSpan.FromMinutes(1), Hour);
        cache.Remove("sync");
        Assert.Null(cache.Get("sync"));
    }

    [RequiresServiceFact(Redis)]
    public async Task An_entry_with_a_short_absolute_expiration_disappears_and_a_long_one_stays()
    {
        await using var redis = new RedisTestInstances();
        var cache = Cache(redis);

        await cache.SetStringAsync("short", "x", new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(200) });
        await cache.SetStringAsync("long", "y", new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Hour });

        await Eventually.TrueAsync(async () => await cache.GetAsync("short") is null, "the short entry never expired");
        Assert.Equal("y", await cache.GetStringAsync("long"));
        Assert.InRange(await redis.Raw.KeyTimeToLiveAsync(redis.KeyPrefix + "cache:long") ?? TimeSpan.Zero, TimeSpan.FromMinutes(1), Hour);
    }

    [RequiresServiceFact(Redis)]
    public async Task An_entry_with_a_short_sliding_expiration_disappears_when_nobody_reads_it()
    {
        await using var redis = new RedisTestInstances();
        var cache = Cache(redis);

        await cache.SetStringAsync("idle", "x", new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMilliseconds(200) });

        await Eventually.TrueAsync(async () => await redis.Raw.KeyExistsAsync(redis.KeyPrefix + "cache:idle") == false, "the idle entry never expired");
        Assert.Null(await cache.GetAsync("idle"));
    }

    [RequiresServiceFact(Redis)]
    public async Task Reading_or_refreshing_an_entry_slides_its_expiration_but_never_past_the_absolute_one()
    {
        await using var redis = new RedisTestInstances();
        var cache = Cache(redis);
        var sliding = redis.KeyPrefix + "cache:sliding";
        var capped = redis.KeyPrefix + "cache:capped";
        await cache.SetStringAsync("sliding", "x", new DistributedCacheEntryOptions { SlidingExpiration = Hour });
        await cache.SetStringAsync("capped", "y", new DistributedCacheEntryOptions { SlidingExpiration = 10 * Hour, AbsoluteExpirationRelativeToNow = Hour });
        // Pretend most of the window has passed.
        await redis.Raw.KeyExpireAsync(sliding, TimeSpan.FromSeconds(30));
        await redis.Raw.KeyExpireAsync(capped, TimeSpan.FromSeconds(30));

        Assert.Equal("x", await cache.GetStringAsync("sliding"));
        await cache.RefreshAsync("capped");

        Assert.InRange(await redis.Raw.KeyTimeToLiveAsync(sliding) ?? TimeSpan.Zero, TimeSpan.FromMinutes(1), Hour);
        Assert.InRange(await redis.Raw.KeyTimeToLiveAsync(capped) ?? TimeSpan.Zero, TimeSpan.FromMinutes(1), Hour);
    }

    [RequiresServiceFact(Redis)]
    public async Task An_entry_without_expiration_is_kept_and_overwriting_it_replaces_value_and_expiration()
    {
        await using var redis = new RedisTestInstances();
        var cache = Cache(redis);
        var key = redis.KeyPrefix + "cache:plain";
        await cache.SetStringAsync("plain", "first");
        Assert.Null(await redis.Raw.KeyTimeToLiveAsync(key));

        await cache.SetStringAsync("plain", "second", new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Hour });

        Assert.Equal("second", await cache.GetStringAsync("plain"));
        Assert.InRange(await redis.Raw.KeyTimeToLiveAsync(key) ?? TimeSpan.Zero, TimeSpan.FromMinutes(1), Hour);
    }

    [RequiresServiceFact(Redis)]
    public async Task An_absolute_expiration_in_the_past_is_refused()
    {
        await using var redis = new RedisTestInstances();
        var cache = Cache(redis);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => cache.SetStringAsync(
            "late", "x", new DistributedCacheEntryOptions { AbsoluteExpiration = TimeProvider.System.GetUtcNow() - TimeSpan.FromSeconds(1) }));
        Assert.Null(await cache.GetAsync("late"));
    }

    [RequiresServiceFact(Redis)]
    public async Task The_cache_runs_on_the_apps_one_multiplexer_beside_the_state_store()
    {
        await using var redis = new RedisTestInstances();
        var name = $"casuistiek-{Guid.NewGuid():N}";
        var app = redis.StartInstance(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = $"{redis.ConnectionString},name={name}" });
        await app.GetRequiredService<IDistributedCache>().SetStringAsync("shared", "x");
        await app.GetRequiredService<IStateStore>().WriteAsync("conv/shared", "y", null, CancellationToken.None);

        var factory = app.GetRequiredService<IOptions<RedisCacheOptions>>().Value.ConnectionMultiplexerFactory!;
        Assert.Same(await app.GetRequiredService<RedisConnection>().MultiplexerAsync(), await factory());
        // One multiplexer holds one connection for commands, however many parts of the app use it.
        var clients = ((string?)await redis.Raw.ExecuteAsync("CLIENT", "LIST") ?? "").Split('\n');
        Assert.Single(clients, line => line.Contains($" name={name} ", StringComparison.Ordinal) && line.Contains(" sub=0 ", StringComparison.Ordinal));
        Assert.True(await redis.Raw.KeyExistsAsync(redis.KeyPrefix + "cache:shared"));
    }

    private static IDistributedCache Cache(RedisTestInstances redis) => redis.StartInstance().GetRequiredService<IDistributedCache>();
}

using CasuistiekBot.Framework.Pipeline.Middleware;
using CasuistiekBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Caching;

public sealed class RedisActivityDeduplicatorTests
{
    private const string Redis = RedisTestInstances.EnvironmentVariable;
    private static readonly CancellationToken None = CancellationToken.None;

    [RequiresServiceFact(Redis)]
    public async Task An_activity_claimed_on_one_instance_is_a_duplicate_on_another_until_released()
    {
        await using var redis = new RedisTestInstances();
        var first = Deduplicator(redis);
        var second = Deduplicator(redis);
        const string key = "activity:msteams:a:1:f:123";

        Assert.True(await first.TryClaimAsync(key, None));
        Assert.False(await second.TryClaimAsync(key, None));
        Assert.False(await first.TryClaimAsync(key, None));
        Assert.True(await second.TryClaimAsync("activity:msteams:a:1:f:124", None));

        await second.ReleaseAsync(key, None);

        Assert.True(await second.TryClaimAsync(key, None));
    }

    [RequiresServiceFact(Redis)]
    public async Task Of_concurrent_claims_on_two_instances_exactly_one_wins()
    {
        await using var redis = new RedisTestInstances();
        IActivityDeduplicator[] instances = [Deduplicator(redis), Deduplicator(redis)];

        var outcomes = await Race.RunAsync(8, async i => await instances[i % 2].TryClaimAsync("activity:msteams:a:1:f:race", None));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Single(outcomes, o => o.Result);
    }

    [RequiresServiceFact(Redis)]
    public async Task A_claim_expires_after_the_configured_window()
    {
        await using var redis = new RedisTestInstances();
        var deduplicator = Deduplicator(redis, new Dictionary<string, string?> { ["Redis:DeduplicationWindow"] = "00:00:00.2" });
        var window = Deduplicator(redis);
        const string key = "activity:msteams:a:1:f:old";

        Assert.True(await deduplicator.TryClaimAsync(key, None));
        Assert.True(await window.TryClaimAsync("activity:msteams:a:1:f:new", None));

        await Eventually.TrueAsync(async () => await deduplicator.TryClaimAsync(key, None), "the claim never expired");
        Assert.InRange(await redis.Raw.KeyTimeToLiveAsync(redis.KeyPrefix + "dedup:activity:msteams:a:1:f:new") ?? TimeSpan.Zero,
            TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15));
    }

    private static IActivityDeduplicator Deduplicator(RedisTestInstances redis, IReadOnlyDictionary<string, string?>? settings = null) =>
        redis.StartInstance(settings).GetRequiredService<IActivityDeduplicator>();
}

using CasuistiekBot.Framework.Pipeline.Middleware;
using StackExchange.Redis;

namespace CasuistiekBot.Caching;

/// <summary>
/// Claims activity ids with SET NX PX, so a redelivery that lands on another instance is recognised too;
/// the claim expires after <see cref="RedisOptions.DeduplicationWindow"/>.
/// </summary>
internal sealed class RedisActivityDeduplicator(RedisConnection connection) : IActivityDeduplicator
{
    private const string KeyPrefix = "dedup:";

    public async ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken) =>
        await connection.RunAsync(
            db => db.StringSetAsync(KeyPrefix + key, "1", connection.Options.DeduplicationWindow, When.NotExists), cancellationToken);

    public async ValueTask ReleaseAsync(string key, CancellationToken cancellationToken) =>
        await connection.RunAsync(db => db.KeyDeleteAsync(KeyPrefix + key), cancellationToken);
}

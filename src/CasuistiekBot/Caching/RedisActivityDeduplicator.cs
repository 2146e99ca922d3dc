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

    public async ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var database = await connection.DatabaseAsync(cancellationToken);
        return await database.StringSetAsync(KeyPrefix + key, "1", connection.Options.DeduplicationWindow, When.NotExists)
            .WaitAsync(cancellationToken);
    }

    public async ValueTask ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        var database = await connection.DatabaseAsync(cancellationToken);
        await database.KeyDeleteAsync(KeyPrefix + key).WaitAsync(cancellationToken);
    }
}

using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace CasuistiekBot.Caching;

/// <summary>
/// <see cref="IDistributedCache"/> on Redis. An entry is a hash {data, abs, sld}: its absolute deadline and sliding
/// window in Unix milliseconds, kept so that a read can slide the key's TTL without passing the absolute deadline.
/// </summary>
internal sealed class RedisDistributedCache(RedisConnection connection, TimeProvider clock) : IDistributedCache
{
    private const string KeyPrefix = "cache:";

    // ARGV: data, absolute deadline (ms since epoch, -1 = none), sliding window (ms, -1 = none), first TTL (ms, -1 = none).
    private const string SetScript = """
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'data', ARGV[1], 'abs', ARGV[2], 'sld', ARGV[3])
        if ARGV[4] ~= '-1' then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
        return 1
        """;

    // ARGV: now (ms since epoch), '1' to return the data. Slides the TTL, never past the absolute deadline.
    private const string GetScript = """
        local entry = redis.call('HMGET', KEYS[1], 'data', 'abs', 'sld')
        if not entry[1] then return false end
        local sliding = tonumber(entry[3])
        if sliding and sliding > 0 then
          local ttl = sliding
          local deadline = tonumber(entry[2])
          if deadline and deadline > 0 and deadline - tonumber(ARGV[1]) < ttl then ttl = deadline - tonumber(ARGV[1]) end
          if ttl <= 0 then
            redis.call('DEL', KEYS[1])
            return false
          end
          redis.call('PEXPIRE', KEYS[1], ttl)
        end
        if ARGV[2] == '1' then return entry[1] end
        return 1
        """;

    public byte[]? Get(string key) => (byte[]?)connection.GetDatabase().ScriptEvaluate(GetScript, [KeyPrefix + key], ReadArguments(true));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        (byte[]?)await connection.RunAsync(db => db.ScriptEvaluateAsync(GetScript, [KeyPrefix + key], ReadArguments(true)), token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        connection.GetDatabase().ScriptEvaluate(SetScript, [KeyPrefix + key], WriteArguments(value, options));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        connection.RunAsync(db => db.ScriptEvaluateAsync(SetScript, [KeyPrefix + key], WriteArguments(value, options)), token);

    public void Refresh(string key) => connection.GetDatabase().ScriptEvaluate(GetScript, [KeyPrefix + key], ReadArguments(false));

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        connection.RunAsync(db => db.ScriptEvaluateAsync(GetScript, [KeyPrefix + key], ReadArguments(false)), token);

    public void Remove(string key) => connection.GetDatabase().KeyDelete(KeyPrefix + key);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        connection.RunAsync(db => db.KeyDeleteAsync(KeyPrefix + key), token);

    private RedisValue[] ReadArguments(bool withData) => [clock.GetUtcNow().ToUnixTimeMilliseconds(), withData ? "1" : "0"];

    private RedisValue[] WriteArguments(byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = clock.GetUtcNow();
        DateTimeOffset? deadline = options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : options.AbsoluteExpiration;
        if (deadline <= now) throw new ArgumentOutOfRangeException(nameof(options), deadline, "The absolute expiration must be in the future.");
        var sliding = options.SlidingExpiration is { } window ? (long)window.TotalMilliseconds : -1;

        var firstTtl = (deadline - now) is { } untilDeadline ? (long)untilDeadline.TotalMilliseconds : -1;
        if (sliding > 0) firstTtl = firstTtl < 0 ? sliding : Math.Min(firstTtl, sliding);
        return [value, deadline?.ToUnixTimeMilliseconds() ?? -1, sliding, firstTtl < 0 ? -1 : Math.Max(firstTtl, 1)];
    }
}

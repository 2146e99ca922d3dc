using System.Globalization;
using CasuistiekBot.Framework.State;
using StackExchange.Redis;

namespace CasuistiekBot.Caching;

/// <summary>
/// <see cref="IStateStore"/> on Redis: each key is a hash {json, etag}. A write checks the expected ETag and stores the
/// new value in one Lua script, so Redis runs the check and the write as one step and no other writer can slip between.
/// </summary>
internal sealed class RedisStateStore(RedisConnection connection) : IStateStore
{
    private const string KeyPrefix = "state:";

    // ARGV: json, new etag, mode ('create' | 'any' | 'match'), expected etag, time to live in ms (0 = keep forever).
    private const string WriteScript = """
        local mode = ARGV[3]
        if mode == 'create' then
          if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        elseif mode == 'match' then
          if redis.call('HGET', KEYS[1], 'etag') ~= ARGV[4] then return 0 end
        end
        redis.call('HSET', KEYS[1], 'json', ARGV[1], 'etag', ARGV[2])
        local ttl = tonumber(ARGV[5])
        if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) else redis.call('PERSIST', KEYS[1]) end
        return 1
        """;

    private static readonly RedisValue[] Fields = ["json", "etag"];

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var database = await connection.DatabaseAsync(cancellationToken);
        var values = await database.HashGetAsync(KeyPrefix + key, Fields).WaitAsync(cancellationToken);
        return values[0].IsNull || values[1].IsNull ? null : new StoredState(values[0]!, values[1]!);
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        // Random, not a counter: after a delete and re-create an old ETag must not match again.
        var etag = Guid.NewGuid().ToString("N");
        var mode = expectedETag switch { null => "create", "*" => "any", _ => "match" };
        RedisValue[] arguments = [json, etag, mode, expectedETag ?? "", TimeToLive(key)];
        var database = await connection.DatabaseAsync(cancellationToken);
        var written = await database.ScriptEvaluateAsync(WriteScript, [KeyPrefix + key], arguments).WaitAsync(cancellationToken);
        return (long)written == 1 ? etag : throw new StateConflictException(key);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var database = await connection.DatabaseAsync(cancellationToken);
        await database.KeyDeleteAsync(KeyPrefix + key).WaitAsync(cancellationToken);
    }

    /// <summary>Only conversation state (and the dialog stack under it) expires; user state is kept.</summary>
    private string TimeToLive(string key) =>
        connection.Options.ConversationStateTimeToLive is { } ttl && key.Contains("/conversations/", StringComparison.Ordinal)
            ? ((long)Math.Max(1, ttl.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture)
            : "0";
}

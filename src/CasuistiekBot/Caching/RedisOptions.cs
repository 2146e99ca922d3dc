namespace CasuistiekBot.Caching;

/// <summary>Section <c>Redis</c>; the connection string itself is <c>ConnectionStrings:Redis</c>.</summary>
internal sealed class RedisOptions
{
    public const string SectionName = "Redis";
    public const string ConnectionStringName = "Redis";

    /// <summary>"host:port,password=…" or a redis:// / rediss:// URL.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Put in front of every key, so several apps or environments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "casuistiek:";

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a synchronous command (the distributed cache's sync methods) waits for its reply.</summary>
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an asynchronous command waits for its reply (then RedisTimeoutException: the turn is an outage).</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Pause between reconnect attempts while Redis is unreachable.</summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Conversation (and dialog) state expires after this long without a write; <c>null</c> keeps it forever.</summary>
    public TimeSpan? ConversationStateTimeToLive { get; set; }

    /// <summary>How long an activity id stays claimed; well beyond the channel's retry horizon.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(3);
}

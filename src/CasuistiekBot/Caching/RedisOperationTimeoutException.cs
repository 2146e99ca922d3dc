namespace CasuistiekBot.Caching;

/// <summary>Redis accepted a command but did not answer in time (e.g. a hung server or a half-open socket).</summary>
internal sealed class RedisOperationTimeoutException(TimeSpan timeout, Exception inner)
    : TimeoutException($"Redis did not answer within {timeout}.", inner);

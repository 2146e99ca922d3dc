namespace CasuistiekBot.Framework.Connector;

/// <summary>Retry and timeout settings for outbound Bot Connector calls, bound from <c>Bot:Connector</c>.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>Retries after the first attempt, for 429, 412, 502, 503, 504, network errors and attempt timeouts.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First delay of the jittered exponential backoff (used when the service gives no Retry-After).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest backoff delay between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Longest wait a Retry-After header can impose before the call gives up waiting and retries anyway.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of a whole call, retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long before its expiry a cached token is replaced (at most half its lifetime).</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries of a token request that failed transiently.</summary>
    public int TokenMaxRetries { get; set; } = 3;
}

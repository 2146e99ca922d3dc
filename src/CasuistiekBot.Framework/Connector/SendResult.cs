namespace CasuistiekBot.Framework.Connector;

/// <summary>What became of an outbound call, classified so that callers never see raw HTTP errors.</summary>
public abstract record SendResult
{
    private SendResult() { }

    /// <summary>Delivered; <paramref name="Id"/> is the connector's activity (or conversation) id.</summary>
    public sealed record Sent(string? Id) : SendResult;

    /// <summary>429 after the retries ran out; try again after <paramref name="RetryAfter"/>.</summary>
    public sealed record Throttled(TimeSpan RetryAfter) : SendResult;

    /// <summary>
    /// The user blocked or uninstalled the bot (403), or the conversation is gone (404). <paramref name="Code"/> is the
    /// error body's <c>subCode</c> when Teams gives one (e.g. MessageWritesBlocked), else its <c>code</c>.
    /// </summary>
    public sealed record RecipientGone(int StatusCode, string? Code) : SendResult;

    /// <summary>413: the message is over the channel's size limit.</summary>
    public sealed record TooLarge : SendResult;

    /// <summary>Anything else: transient errors after the retries ran out, or a permanent error.</summary>
    public sealed record Failed(int? StatusCode, string Reason) : SendResult;

    public bool IsSent => this is Sent;

    /// <summary>The result as one word from a closed set, for metrics: sent, throttled, gone, too_large or failed.</summary>
    public string Name => this switch
    {
        Sent => "sent",
        Throttled => "throttled",
        RecipientGone => "gone",
        TooLarge => "too_large",
        _ => "failed",
    };
}

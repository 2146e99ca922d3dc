using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>How long the job waits after a failed request: Graph's Retry-After when it gave one, else 30 s, 60 s, 120 s … up to the maximum.</summary>
internal sealed class MeetingBackoff(IOptions<LogisticsOptions> options)
{
    public int MaxAttempts => options.Value.MaxAttempts;

    public TimeSpan Delay(MeetingAttempt attempt, int attempts)
    {
        var settings = options.Value;
        var backoff = settings.RetryBaseDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        if (backoff > settings.MaxRetryDelay) backoff = settings.MaxRetryDelay;
        return attempt.RetryAfter is { } wait ? (wait > settings.MaxRetryDelay ? settings.MaxRetryDelay : wait) : backoff;
    }
}

using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// What the job does after a failed request: throttling, a server error or no answer is tried again after Graph's
/// Retry-After when it gave one, else 30 s, 60 s, 120 s … up to the maximum; a refusal, or too many failures, is given up.
/// </summary>
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

    /// <summary>
    /// After the <paramref name="failures"/>th failed attempt in a row: true when another is worth it, and sets when; false
    /// when the step gives up. Either way the row keeps the status, for the log and support.
    /// </summary>
    public bool TryAgain(SessionMeeting meeting, MeetingAttempt attempt, int failures, DateTimeOffset now)
    {
        meeting.LastStatus = attempt.Status;
        meeting.NextAttemptAt = attempt.Transient && failures < MaxAttempts ? now + Delay(attempt, failures) : null;
        return meeting.NextAttemptAt is not null;
    }
}

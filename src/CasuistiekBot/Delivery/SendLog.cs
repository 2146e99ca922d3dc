namespace CasuistiekBot.Delivery;

/// <summary>
/// Recent send times of one conversation (or of the whole app), checked against sliding windows. A sliding log,
/// not a token bucket: a bucket lets a full burst through right after a full second, which Teams counts as too many.
/// </summary>
internal sealed class SendLog(IReadOnlyList<RateWindow> windows)
{
    private readonly Queue<DateTimeOffset> _sends = new();
    private readonly TimeSpan _longest = windows.Max(w => w.Span);
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    public bool IsIdle(DateTimeOffset now)
    {
        Prune(now);
        return _sends.Count == 0 && _blockedUntil <= now;
    }

    /// <summary>How long until one more send fits every window; zero when it fits now.</summary>
    public TimeSpan WaitBeforeSend(DateTimeOffset now)
    {
        Prune(now);
        var allowedAt = _blockedUntil;
        if (_sends.Count > 0)
        {
            var sends = _sends.ToArray();
            foreach (var window in windows)
            {
                // The send that must leave the window before another may enter it.
                if (sends.Length < window.Limit) continue;
                var leaving = sends[^window.Limit] + window.Span;
                if (leaving > allowedAt) allowedAt = leaving;
            }
        }
        return allowedAt > now ? allowedAt - now : TimeSpan.Zero;
    }

    public void Record(DateTimeOffset at) => _sends.Enqueue(at);

    /// <summary>The service said 429: nothing goes here before <paramref name="until"/>.</summary>
    public void BlockUntil(DateTimeOffset until)
    {
        if (until > _blockedUntil) _blockedUntil = until;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_sends.Count > 0 && _sends.Peek() + _longest <= now) _sends.Dequeue();
    }
}

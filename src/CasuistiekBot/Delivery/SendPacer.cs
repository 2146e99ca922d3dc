namespace CasuistiekBot.Delivery;

/// <summary>
/// Spreads the app's sends evenly, one per <paramref name="interval"/>, instead of letting a whole second's worth go at
/// the start of each window: requests that leave one at a time reach the connector about equally late, so a window
/// margin of a few milliseconds is enough. A send may come up to <paramref name="tolerance"/> before its turn, so that a
/// sender that woke a little late catches up instead of losing the time. Not thread-safe; <see cref="SendSlots"/> guards it.
/// </summary>
internal sealed class SendPacer(TimeSpan interval, TimeSpan tolerance)
{
    // When the next send is due on the even schedule; starts far in the past so that the first send goes at once.
    private DateTimeOffset _due = DateTimeOffset.MinValue;

    /// <summary>How long until the next send is allowed; zero when it is allowed now.</summary>
    public TimeSpan WaitBeforeSend(DateTimeOffset now)
    {
        var early = _due - now;
        return early > tolerance ? early - tolerance : TimeSpan.Zero;
    }

    /// <summary>A send at <paramref name="at"/>: the one after it is due an interval later (than its turn, if it came early).</summary>
    public void Record(DateTimeOffset at) => _due = (_due > at ? _due : at) + interval;
}

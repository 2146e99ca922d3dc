namespace CasuistiekBot.Hosting;

/// <summary>
/// The system clock moved forward by a fixed offset. Only "now" moves: timers and timestamps keep the real pace, so a
/// worker ticking every five minutes still ticks every five real minutes, just at a later date.
/// </summary>
internal sealed class OffsetTimeProvider(TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset => offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}

namespace CasuistiekBot.Hosting;

/// <summary>
/// Section <c>Clock</c>: for tests and demos only. <see cref="Offset"/> moves the bot's clock forward, so a Playground
/// run can show what happens weeks later (reminders, escalation) without waiting weeks. Read once at start.
/// </summary>
internal sealed class ClockOptions
{
    public const string SectionName = "Clock";

    /// <summary>The longest move that makes sense for a demo; anything longer is more likely a typo.</summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromDays(366);

    /// <summary>How far ahead of the real time the bot lives; zero (the default) is the real clock.</summary>
    public TimeSpan Offset { get; set; } = TimeSpan.Zero;
}

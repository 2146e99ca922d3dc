namespace CasuistiekBot.Retention;

/// <summary>
/// Section <c>Retention</c>: how long the bot keeps what it stores. The privacy card reads these same settings, so what
/// it promises is what is configured.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public const int MaxMonths = 120;

    /// <summary>
    /// Months after a casus is closed that its texts are kept; after that only anonymous figures (per route, theme and
    /// outcome) and the audit trail without personal data remain. Calendar months rather than a duration: "24 months
    /// after closing" is not a fixed number of days.
    /// </summary>
    public int ClosedCaseTextMonths { get; set; } = 24;

    /// <summary>Whether this instance runs the daily job; off where another instance or a scheduled <c>retention run</c> does it.</summary>
    public bool JobEnabled { get; set; } = true;

    /// <summary>How often the retention job looks for cases whose time is up; a day late is within the promise.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromDays(1);
}

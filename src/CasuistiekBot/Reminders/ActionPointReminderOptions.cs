namespace CasuistiekBot.Reminders;

/// <summary>
/// Section <c>Reminders:ActionPoints</c>: how action points agreed in a session are followed up. Working days, quiet
/// hours, the send time and the default time zone are those of the signal reminders (section <c>Reminders</c>).
/// </summary>
public sealed class ActionPointReminderOptions
{
    public const string SectionName = "Reminders:ActionPoints";

    public bool Enabled { get; set; } = true;

    /// <summary>The owner's reminder this many days before the due date (0: none before it).</summary>
    public int DaysBefore { get; set; } = 2;

    /// <summary>Past the due date, a reminder the day after it and then every this many days…</summary>
    public int RepeatEveryDays { get; set; } = 7;

    /// <summary>…but no more than this many, so an owner who does not answer is not chased forever: the escalation takes over.</summary>
    public int MaxOverdueReminders { get; set; } = 4;

    /// <summary>This many days past the due date the coordinators' channel is told, once.</summary>
    public int EscalateAfterDays { get; set; } = 14;

    public bool IsValid() => DaysBefore is >= 0 and <= 60 && RepeatEveryDays is >= 1 and <= 90 && MaxOverdueReminders is >= 0 and <= 20
        && EscalateAfterDays is >= 1 and <= 365;
}

namespace CasuistiekBot.Reminders;

/// <summary>The next reminder: when, why, and the number of working days the reason speaks of.</summary>
public sealed record ReminderDue(DateTimeOffset At, ReminderReason Reason, int Days)
{
    public bool Overdue => Reason == ReminderReason.Overdue;
}

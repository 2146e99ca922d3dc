namespace CasuistiekBot.Signals;

/// <summary>
/// What the reminder worker keeps on a signal. These are not the owner's changes: they leave <see cref="Version"/> as
/// it is, so a card the owner is looking at stays current, while the version still guards the row against a
/// reminder racing the owner's own change.
/// </summary>
public sealed partial class Signal
{
    public DateTimeOffset? LastReminderAt { get; set; }
    public int RemindersSent { get; set; }

    /// <summary>Reminders sent after the due date to the current owner; escalation counts these.</summary>
    public int OverdueReminders { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }

    public void RecordReminder(DateTimeOffset at, bool overdue)
    {
        LastReminderAt = at;
        RemindersSent++;
        if (overdue) OverdueReminders++;
        SnoozedUntil = null;
    }

    public void RecordEscalation(DateTimeOffset at) => EscalatedAt = at;

    // A new owner or a new due date starts the overdue count (and so the road to escalation) again.
    private void ResetFollowUp()
    {
        OverdueReminders = 0;
        EscalatedAt = null;
        SnoozedUntil = null;
    }
}

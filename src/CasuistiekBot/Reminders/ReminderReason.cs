namespace CasuistiekBot.Reminders;

/// <summary>Why a reminder is sent; each one says so on the card.</summary>
public enum ReminderReason
{
    NoUpdate,
    DueSoon,
    DueToday,
    Overdue,
}

using CasuistiekBot.Reminders;

namespace CasuistiekBot.Signals;

/// <summary>Section <c>Reminders</c>: the cadence of signal reminders, quiet hours, snoozing and escalation.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>The first reminder when the owner has not updated the signal for this many working days.</summary>
    public int FirstAfterWorkingDays { get; set; } = 10;

    /// <summary>Then again every this many working days without an update.</summary>
    public int RepeatEveryWorkingDays { get; set; } = 5;

    /// <summary>A reminder this many working days before the due date.</summary>
    public int DueSoonWorkingDays { get; set; } = 3;

    public bool RemindOnDueDate { get; set; } = true;

    /// <summary>While overdue, a reminder this often after the due date.</summary>
    public TimeSpan OverdueInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Local time (the owner's time zone) at which scheduled reminders go out.</summary>
    public TimeOnly SendTime { get; set; } = new(9, 0);

    /// <summary>No reminder reaches anyone between these local times (evening to morning).</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(18, 0);

    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>The longest "Later herinneren" an owner may ask for.</summary>
    public TimeSpan MaxSnooze { get; set; } = TimeSpan.FromDays(21);

    /// <summary>After this many reminders past the due date, the owner's DG gets an escalation card.</summary>
    public int EscalateAfterOverdueReminders { get; set; } = 2;

    /// <summary>For owners whose Teams client never told the bot its time zone.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>How often the worker looks for reminders that are due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    public bool WorkerEnabled { get; set; } = true;
}

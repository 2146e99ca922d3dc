namespace CasuistiekBot.Triage;

/// <summary>Section <c>Triage</c>: when the daily reminder about overdue cases goes to the coordinators' channel.</summary>
public sealed class TriageReminderOptions
{
    /// <summary>Local time (organisation time zone) on working days.</summary>
    public TimeOnly ReminderTime { get; set; } = new(9, 0);

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}

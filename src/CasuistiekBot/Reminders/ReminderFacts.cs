using CasuistiekBot.Signals;

namespace CasuistiekBot.Reminders;

/// <summary>What the cadence needs to know about a signal and its owner, and nothing else.</summary>
public sealed record ReminderFacts(
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastOwnerUpdateAt,
    DateTimeOffset? LastReminderAt,
    DateOnly DueDate,
    DateTimeOffset? SnoozedUntil,
    TimeZoneInfo OwnerZone)
{
    public static ReminderFacts Of(Signal signal, TimeZoneInfo ownerZone) => new(
        signal.Status, signal.CreatedAt, signal.LastOwnerUpdateAt, signal.LastReminderAt, signal.DueDate, signal.SnoozedUntil, ownerZone);
}

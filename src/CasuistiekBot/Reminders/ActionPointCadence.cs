using CasuistiekBot.Calendar;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Reminders;

/// <summary>
/// When an open action point's owner is reminded and when the coordinators hear it is long overdue, as pure functions
/// of the point, the calendar and the time. Days are calendar days; the moment moves to a working day outside quiet
/// hours the way signal reminders do (<see cref="ReminderCadence.Allowed"/>). As there, every milestone on or before
/// the day of the last reminder counts as covered, so reminders never stack up, also after downtime.
/// </summary>
public static class ActionPointCadence
{
    public static ReminderDue? Next(ActionPoint point, TimeZoneInfo zone, WorkingDayCalendar calendar, ReminderOptions reminders, ActionPointReminderOptions options, DateTimeOffset now)
    {
        if (point.Status != ActionPointStatus.Open) return null;
        var covered = ReminderCadence.Day(point.LastRemindedAt ?? point.CreatedAt, zone);
        var candidates = new List<DateOnly>();
        if (options.DaysBefore > 0) candidates.Add(point.DueDate.AddDays(-options.DaysBefore));
        if (point.OverdueReminders < options.MaxOverdueReminders)
        {
            candidates.Add(point.OverdueReminders == 0 ? point.DueDate.AddDays(1) : covered.AddDays(options.RepeatEveryDays));
        }
        var next = candidates.Where(d => d > covered).Order().FirstOrDefault();
        if (next == default) return null;

        var at = ReminderCadence.Allowed(ReminderCadence.At(next, reminders.SendTime, zone), calendar, reminders, zone);
        if (now > at) at = ReminderCadence.Allowed(now, calendar, reminders, zone);
        var day = ReminderCadence.Day(at, zone);
        if (day > point.DueDate) return new ReminderDue(at, ReminderReason.Overdue, day.DayNumber - point.DueDate.DayNumber);
        if (day == point.DueDate) return new ReminderDue(at, ReminderReason.DueToday, 0);
        return new ReminderDue(at, ReminderReason.DueSoon, point.DueDate.DayNumber - day.DayNumber);
    }

    /// <summary>
    /// The days past the due date when the coordinators are to be told now; null when not (yet, or any more). Only after
    /// the owner was reminded that the point is overdue, and not on the day of that reminder: the notice says the owner
    /// was reminded, and a point already long overdue when reminders began gives its owner a day first.
    /// </summary>
    public static int? EscalationDue(ActionPoint point, TimeZoneInfo zone, WorkingDayCalendar calendar, ReminderOptions reminders, ActionPointReminderOptions options, DateTimeOffset now)
    {
        if (point.Status != ActionPointStatus.Open || point.EscalatedAt is not null) return null;
        if (point.OverdueReminders == 0 || point.LastRemindedAt is not { } reminded) return null;
        var earliest = point.DueDate.AddDays(options.EscalateAfterDays);
        var afterReminder = ReminderCadence.Day(reminded, zone).AddDays(1);
        var from = ReminderCadence.Allowed(ReminderCadence.At(earliest > afterReminder ? earliest : afterReminder, reminders.SendTime, zone), calendar, reminders, zone);
        if (now < from || ReminderCadence.Allowed(now, calendar, reminders, zone) > now) return null;
        return ReminderCadence.Day(now, zone).DayNumber - point.DueDate.DayNumber;
    }
}

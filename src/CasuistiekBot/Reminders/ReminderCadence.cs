using CasuistiekBot.Calendar;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Reminders;

/// <summary>
/// The reminder cadence as a pure function of a signal's facts, the working-day calendar and the time: the next
/// moment a reminder is due and why. At most one reminder per day: every milestone on or before the day of the last
/// reminder (or of the owner's last update) counts as covered, so reminders never stack up, also after downtime.
/// </summary>
public static class ReminderCadence
{
    public static ReminderDue? Next(ReminderFacts facts, WorkingDayCalendar calendar, ReminderOptions options, DateTimeOffset now)
    {
        if (!SignalStatus.IsOpen(facts.Status) || facts.Status == SignalStatus.Transferring) return null;
        var zone = facts.OwnerZone;
        var covered = Day(Max(facts.LastReminderAt ?? facts.CreatedAt, facts.LastOwnerUpdateAt), zone);
        var due = facts.DueDate;
        var dueDay = calendar.IsWorkingDay(due) ? due : PreviousWorkingDay(calendar, due);

        var candidates = new List<DateOnly>();
        var dueSoon = SubtractWorkingDays(calendar, due, options.DueSoonWorkingDays);
        if (options.DueSoonWorkingDays > 0 && dueSoon < dueDay) candidates.Add(dueSoon);
        if (options.RemindOnDueDate) candidates.Add(dueDay);
        candidates.Add(FirstOverdueAfter(calendar, due, covered, options.OverdueInterval));
        var noUpdate = facts.LastReminderAt is { } last && last > facts.LastOwnerUpdateAt
            ? calendar.AddWorkingDays(Day(last, zone), options.RepeatEveryWorkingDays)
            : calendar.AddWorkingDays(Day(facts.LastOwnerUpdateAt, zone), options.FirstAfterWorkingDays);
        // Past the due date the weekly overdue reminder takes over from the "no update" one.
        if (noUpdate < dueDay) candidates.Add(noUpdate);

        var next = candidates.Where(d => d > covered).Min();
        var at = Allowed(At(next, options.SendTime, zone), calendar, options, zone);
        if (facts.SnoozedUntil is { } snoozed && snoozed > at) at = Allowed(snoozed, calendar, options, zone);
        if (now > at) at = Allowed(now, calendar, options, zone);
        // On the due-soon day that reason wins: it says more than "no update".
        return Reason(facts, calendar, at, dueDay, noUpdate == next && next != dueSoon);
    }

    /// <summary>The first moment at or after <paramref name="moment"/> on a working day outside quiet hours, in the owner's zone.</summary>
    public static DateTimeOffset Allowed(DateTimeOffset moment, WorkingDayCalendar calendar, ReminderOptions options, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(moment, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (calendar.IsWorkingDay(date) && time >= options.QuietHoursEnd && time < options.QuietHoursStart) return moment;
        if (calendar.IsWorkingDay(date) && time < options.QuietHoursEnd) return At(date, options.QuietHoursEnd, zone);
        do date = date.AddDays(1); while (!calendar.IsWorkingDay(date));
        return At(date, options.QuietHoursEnd, zone);
    }

    private static ReminderDue Reason(ReminderFacts facts, WorkingDayCalendar calendar, DateTimeOffset at, DateOnly dueDay, bool noUpdate)
    {
        var day = Day(at, facts.OwnerZone);
        if (day > facts.DueDate) return new ReminderDue(at, ReminderReason.Overdue, Math.Max(1, calendar.WorkingDaysBetween(facts.DueDate, day)));
        if (day >= dueDay) return new ReminderDue(at, ReminderReason.DueToday, 0);
        if (noUpdate) return new ReminderDue(at, ReminderReason.NoUpdate, calendar.WorkingDaysBetween(Day(facts.LastOwnerUpdateAt, facts.OwnerZone), day));
        return new ReminderDue(at, ReminderReason.DueSoon, calendar.WorkingDaysBetween(day, facts.DueDate));
    }

    // A week after the due date, then a week after the last reminder or owner update, on a working day.
    private static DateOnly FirstOverdueAfter(WorkingDayCalendar calendar, DateOnly due, DateOnly covered, TimeSpan interval)
    {
        var step = Math.Max(1, (int)Math.Round(interval.TotalDays));
        var date = (covered > due ? covered : due).AddDays(step);
        while (!calendar.IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    private static DateOnly SubtractWorkingDays(WorkingDayCalendar calendar, DateOnly from, int workingDays)
    {
        var date = from;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(-1);
            if (calendar.IsWorkingDay(date)) counted++;
        }
        return date;
    }

    private static DateOnly PreviousWorkingDay(WorkingDayCalendar calendar, DateOnly date)
    {
        do date = date.AddDays(-1); while (!calendar.IsWorkingDay(date));
        return date;
    }

    public static DateOnly Day(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        // A local time that a clock change skips (only in zones that change at that hour) moves an hour on.
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

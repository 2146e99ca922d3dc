using CasuistiekBot.Calendar;

namespace CasuistiekBot.Panels;

/// <summary>When an unanswered invitation is due for its reminder: whole days of the wait are working days.</summary>
internal static class ReminderSchedule
{
    public static DateTimeOffset DueAt(DateTimeOffset invitedAt, TimeSpan after, WorkingDayCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTime(invitedAt, calendar.TimeZone);
        var day = calendar.AddWorkingDays(DateOnly.FromDateTime(local.DateTime), after.Days);
        var at = day.ToDateTime(TimeOnly.FromDateTime(local.DateTime)) + (after - TimeSpan.FromDays(after.Days));
        return new DateTimeOffset(at, calendar.TimeZone.GetUtcOffset(at));
    }
}

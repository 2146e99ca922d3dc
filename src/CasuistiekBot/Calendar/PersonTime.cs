using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Calendar;

/// <summary>
/// The time zone a reply is written for: the one the person's Teams client sends, else the organisation's
/// (<see cref="CalendarOptions.TimeZone"/>). Cards for many readers (the coordinators' channel) use the organisation's.
/// </summary>
internal sealed class PersonTime(WorkingDayCalendar calendar)
{
    public TimeZoneInfo ZoneOf(ITurnContext turn) =>
        turn.Activity.GetTimeZone() is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : calendar.TimeZone;
}

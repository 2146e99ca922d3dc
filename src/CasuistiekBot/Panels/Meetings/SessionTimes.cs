using CasuistiekBot.Calendar;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>When a panel's session starts and ends, as moments: its date and time are in the organisation's time zone.</summary>
internal sealed class SessionTimes(WorkingDayCalendar calendar, IOptions<LogisticsOptions> options)
{
    public DateTimeOffset? Start(Panel panel)
    {
        if (panel.SessionDate is not { } date || panel.SessionTime is not { } time) return null;
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    public DateTimeOffset? End(Panel panel) => Start(panel) + options.Value.SessionLength;
}

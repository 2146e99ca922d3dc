using CasuistiekBot.Calendar;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Panels;

/// <summary>"dinsdag 8 december 14:00": until when the inbrenger may answer, in the home time zone and the reader's language.</summary>
internal static class PreviewTime
{
    public static string Format(WorkingDayCalendar calendar, string language, DateTimeOffset? at) => at is { } value
        ? Texts.WeekDayMoment(value, calendar.TimeZone, language)
        : "";
}

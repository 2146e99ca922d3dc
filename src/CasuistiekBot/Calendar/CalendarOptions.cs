namespace CasuistiekBot.Calendar;

/// <summary>
/// Section <c>Calendar</c>: the organisation's time zone and days off. The Dutch public holidays that civil servants
/// have off are computed for every year; <see cref="ExtraHolidays"/> adds organisation-specific ones.
/// </summary>
public sealed class CalendarOptions
{
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public List<DateOnly> ExtraHolidays { get; set; } = [];

    /// <summary>Set to false to use only <see cref="ExtraHolidays"/>.</summary>
    public bool IncludeDutchPublicHolidays { get; set; } = true;
}

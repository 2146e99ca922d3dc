using Microsoft.Extensions.Options;

namespace CasuistiekBot.Calendar;

/// <summary>Working days (Monday to Friday, not a holiday) in the organisation's time zone.</summary>
public sealed class WorkingDayCalendar(IOptions<CalendarOptions> options)
{
    private readonly HashSet<DateOnly> _extra = [.. options.Value.ExtraHolidays];
    private readonly Dictionary<int, HashSet<DateOnly>> _byYear = [];
    private readonly Lock _gate = new();

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_extra.Contains(date) && !PublicHolidays(date.Year).Contains(date);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="from"/> (which itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var date = from;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) counted++;
        }
        return date;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date)) count++;
        }
        return count;
    }

    /// <summary>The end of a local day (23:59:59.999 in the organisation's zone) as an instant.</summary>
    public DateTimeOffset EndOfDay(DateOnly date)
    {
        var local = date.ToDateTime(new TimeOnly(23, 59, 59, 999));
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>The first moment of a local day (00:00 in the organisation's zone), as a UTC instant.</summary>
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The calendar year in the organisation's zone that an instant falls in.</summary>
    public int LocalYear(DateTimeOffset instant) => LocalDate(instant).Year;

    private HashSet<DateOnly> PublicHolidays(int year)
    {
        if (!options.Value.IncludeDutchPublicHolidays) return [];
        lock (_gate)
        {
            if (!_byYear.TryGetValue(year, out var days)) _byYear[year] = days = [.. DutchPublicHolidays.For(year)];
            return days;
        }
    }
}

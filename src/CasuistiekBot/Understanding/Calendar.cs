namespace CasuistiekBot.Understanding;

/// <summary>Calendar arithmetic for reading dates: the next such date, weeks from Monday to Sunday.</summary>
internal static class Calendar
{
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>A day and month without a year: this year's when it is still to come (today counts), else next year's.</summary>
    public static DateOnly? Next(int month, int day, DateOnly today) =>
        Create(today.Year, month, day) is { } d && d >= today ? d : Create(today.Year + 1, month, day);

    public static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The year in which the month is next under way: this year from the current month on, else next year.</summary>
    public static int YearOf(int month, DateOnly today) => month >= today.Month ? today.Year : today.Year + 1;

    /// <summary>Monday of the week (Monday to Sunday) that holds <paramref name="day"/>.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Days from Monday: 0 for Monday, 6 for Sunday.</summary>
    public static int Index(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>The next <paramref name="day"/> after today (1 to 7 days ahead).</summary>
    public static DateOnly Coming(DayOfWeek day, DateOnly today)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>The <paramref name="day"/> closest to <paramref name="date"/>, for a weekday that does not fit a date.</summary>
    public static DateOnly Nearest(DayOfWeek day, DateOnly date)
    {
        var ahead = ((int)day - (int)date.DayOfWeek + 7) % 7;
        return ahead <= 3 ? date.AddDays(ahead) : date.AddDays(ahead - 7);
    }

    public static DateOnly Add(DateOnly today, int count, char unit) => unit switch
    {
        'd' => today.AddDays(count),
        'w' => today.AddDays(7 * count),
        'm' => today.AddMonths(count),
        _ => today.AddYears(count),
    };
}

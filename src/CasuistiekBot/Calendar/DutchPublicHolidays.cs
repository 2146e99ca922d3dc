namespace CasuistiekBot.Calendar;

/// <summary>
/// The public holidays on which central government is closed: New Year's Day, Easter Monday, King's Day,
/// Liberation Day (a day off every year under the central government's collective agreement), Ascension Day,
/// Whit Monday and both Christmas days. Easter and Whitsun Sunday fall on Sundays anyway.
/// </summary>
public static class DutchPublicHolidays
{
    public static IEnumerable<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday) kingsDay = kingsDay.AddDays(-1);

        yield return new DateOnly(year, 1, 1);
        yield return easter.AddDays(1);
        yield return kingsDay;
        yield return new DateOnly(year, 5, 5);
        yield return easter.AddDays(39);
        yield return easter.AddDays(50);
        yield return new DateOnly(year, 12, 25);
        yield return new DateOnly(year, 12, 26);
    }

    // The Gregorian computus (Meeus/Jones/Butcher).
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}

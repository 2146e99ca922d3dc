using System.Globalization;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Dutch and English feast days by which people name a date ("geboren op tweede pinksterdag 1990", "born on Christmas Day
/// 2003"), and their date in a given year.
/// </summary>
internal static class FeastDays
{
    public const string Pattern =
        @"(?i:(?:eerste|tweede|1e|2e|1ste|2de)\s+(?:kerstdag|paasdag|pinksterdag)|kerstmis|kerstavond|oudejaarsdag|oudejaarsavond" +
        @"|nieuwjaarsdag|nieuwjaar|koningsdag|koninginnedag|bevrijdingsdag|hemelvaartsdag|pasen|pinksteren" +
        @"|christmas\s+(?:day|eve)|christmas|boxing\s+day|new\s+year['’]?s\s+(?:day|eve)|easter\s+(?:sunday|monday)|easter|king['’]?s\s+day)";

    public static DateOnly? Date(string feast, string year)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        // Only the normalised value depends on the century of a year like '79; it never leaves the scrubber.
        if (year.Length == 2) y += y >= 30 ? 1900 : 2000;
        if (y is < 1900 or > 2100) return null;
        var words = feast.ToLowerInvariant().Replace('’', '\'').Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (English(words, y) is { } english) return english;
        var second = words.Length == 2 && words[0] is "tweede" or "2e" or "2de";
        var easter = Easter(y);
        return words[^1] switch
        {
            "kerstdag" => new DateOnly(y, 12, second ? 26 : 25),
            "kerstmis" => new DateOnly(y, 12, 25),
            "kerstavond" => new DateOnly(y, 12, 24),
            "oudejaarsdag" or "oudejaarsavond" => new DateOnly(y, 12, 31),
            "nieuwjaarsdag" or "nieuwjaar" => new DateOnly(y, 1, 1),
            "koningsdag" => new DateOnly(y, 4, 27),
            "koninginnedag" => new DateOnly(y, 4, 30),
            "bevrijdingsdag" => new DateOnly(y, 5, 5),
            "paasdag" or "pasen" => easter.AddDays(second ? 1 : 0),
            "hemelvaartsdag" => easter.AddDays(39),
            "pinksterdag" or "pinksteren" => easter.AddDays(second ? 50 : 49),
            _ => null,
        };
    }

    private static DateOnly? English(string[] words, int y) => string.Join(' ', words) switch
    {
        "christmas" or "christmas day" => new DateOnly(y, 12, 25),
        "christmas eve" => new DateOnly(y, 12, 24),
        "boxing day" => new DateOnly(y, 12, 26),
        "new year's day" or "new years day" => new DateOnly(y, 1, 1),
        "new year's eve" or "new years eve" => new DateOnly(y, 12, 31),
        "easter" or "easter sunday" => Easter(y),
        "easter monday" => Easter(y).AddDays(1),
        "king's day" or "kings day" => new DateOnly(y, 4, 27),
        _ => null,
    };

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// The written forms of a calendar date in Dutch and English casus texts, normalised to yyyy-MM-dd: numeric dates (also
/// with a year like '79), a day and month name, a month and year alone (normalised to yyyy-MM), and a feast day with
/// its year ("tweede pinksterdag 1990"), a compact yyyyMMdd as registers print it ("19870312"), and a date in words ("twintig april negentien vijfentachtig", see <see cref="NumberWords"/>). Only the birth-date detector uses the looser forms, behind a birth keyword.
/// </summary>
internal static partial class DateParser
{
    private const string Year = @"(?:\d{4}|['’]\d{2})";

    public const string Pattern =
        @"(?:(?<d>\d{1,2})(?<s>[\-/.])(?<m>\d{1,2})\k<s>(?<y>\d{4}|\d{2}|['’]\d{2})(?!\d)" +
        @"|(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)" +
        @"|(?<d>\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Months + @")\.?,?\s+(?<y>" + Year + @")" +
        @"|(?<mon>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" +
        @"|(?<feast>" + FeastDays.Pattern + @")\s+(?<y>" + Year + @")" +
        @"|(?<mon>" + Months + @")\.?\s+(?<y>\d{4})" +
        @"|(?i:(?<wd>" + NumberWords.Day + @")\s+(?<mon>" + Months + @")\s+(?<wy>" + NumberWords.Year + @")(?![\p{L}]))" +
        @"|(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?!\d))";

    internal const string Months =
        "(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
        "january|february|march|may|june|july|august|october|" +
        "jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)";

    private static readonly Dictionary<string, int> MonthNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["maa"] = 3, ["mrt"] = 3, ["mar"] = 3, ["apr"] = 4, ["mei"] = 5, ["may"] = 5,
        ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["okt"] = 10, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    public static int MonthNumber(string month) => month.Length >= 3 ? MonthNumbers.GetValueOrDefault(month[..3], 0) : 0;

    [GeneratedRegex(@"(?<![\p{L}\d])" + Pattern + @"(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    public static partial Regex Date();

    /// <summary>The normalised date of a match of <see cref="Pattern"/>, or null when it is no real date.</summary>
    public static string? Normalize(Match match)
    {
        var year = match.Groups["wy"].Success
            ? NumberWords.YearValue(match.Groups["wy"].Value)?.ToString(CultureInfo.InvariantCulture) ?? ""
            : match.Groups["y"].Value.TrimStart('\'', '’');
        if (year.Length == 0) return null;
        if (match.Groups["feast"].Success)
        {
            return FeastDays.Date(match.Groups["feast"].Value, year) is { } feast ? feast.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }
        var month = match.Groups["mon"].Success
            ? MonthNumbers.GetValueOrDefault(match.Groups["mon"].Value[..3], 0)
            : int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        if (!match.Groups["d"].Success && !match.Groups["wd"].Success) return $"{year}-{month:00}";
        var day = match.Groups["wd"].Success ? NumberWords.DayValue(match.Groups["wd"].Value) ?? 0 : int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (day is < 1 or > 31) return null;
        return $"{year}-{month:00}-{day:00}";
    }
}

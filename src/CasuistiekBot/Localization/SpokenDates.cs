using System.Globalization;
using System.Text.RegularExpressions;

namespace CasuistiekBot.Localization;

// Dates as people type them, in Dutch and English, relative to the user's today: "15-12-2026", "2026-12-15", "15 december
// 2026", "december 15, 2026", "15 dec", "morgen", "over 3 weken", "vrijdag", "volgende week vrijdag". The input comes
// folded (see IDialogVocabulary). Numeric dates are always day-first (the users work in the Netherlands). Without a
// year the next such date is meant.
internal static partial class SpokenDates
{
    private static readonly string[][] MonthNames =
    [
        ["januari", "january"], ["februari", "february"], ["maart", "march", "mrt"], ["april"], ["mei", "may"],
        ["juni", "june"], ["juli", "july"], ["augustus", "august"], ["september", "sept"], ["oktober", "october", "okt"],
        ["november"], ["december"],
    ];

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.Ordinal)
    {
        ["maandag"] = DayOfWeek.Monday, ["dinsdag"] = DayOfWeek.Tuesday, ["woensdag"] = DayOfWeek.Wednesday,
        ["donderdag"] = DayOfWeek.Thursday, ["vrijdag"] = DayOfWeek.Friday, ["zaterdag"] = DayOfWeek.Saturday,
        ["zondag"] = DayOfWeek.Sunday, ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> RelativeDays = new(StringComparer.Ordinal)
    {
        ["vandaag"] = 0, ["today"] = 0, ["morgen"] = 1, ["tomorrow"] = 1, ["overmorgen"] = 2,
        ["day after tomorrow"] = 2, ["the day after tomorrow"] = 2, ["gisteren"] = -1, ["yesterday"] = -1,
    };

    public static DateOnly? Read(string input, DateOnly today)
    {
        if (RelativeDays.TryGetValue(input, out var days)) return today.AddDays(days);
        return Offset(input, today) ?? Weekday(input, today) ?? Absolute(input, today);
    }

    private static DateOnly? Offset(string input, DateOnly today)
    {
        var m = OffsetPattern().Match(input);
        if (!m.Success) return null;
        var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value[0] switch
        {
            'd' => today.AddDays(n),
            'w' => today.AddDays(7 * n),
            _ => today.AddMonths(n),
        };
    }

    private static DateOnly? Weekday(string input, DateOnly today)
    {
        var m = WeekdayPattern().Match(input);
        if (!m.Success || !DayNames.TryGetValue(m.Groups["day"].Value, out var day)) return null;
        if (m.Groups["before"].Success || m.Groups["after"].Success)
        {
            // "volgende week vrijdag": that weekday in the week (Monday to Sunday) after this one.
            var nextMonday = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7);
            return nextMonday.AddDays(((int)day + 6) % 7);
        }
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly? Absolute(string input, DateOnly today)
    {
        // A leading weekday ("vrijdag 15 december") adds nothing the date does not say.
        var lead = input.Split(' ', 2);
        if (lead.Length == 2 && DayNames.ContainsKey(lead[0])) input = lead[1];

        if (IsoPattern().Match(input) is { Success: true } iso) return Create(Int(iso, 1), Int(iso, 2), Int(iso, 3));
        if (NumericPattern().Match(input) is { Success: true } num)
        {
            return WithYear(num.Groups[3], Int(num, 2), Int(num, 1), today);
        }
        if (DayMonthPattern().Match(input) is { Success: true } dm && Month(dm.Groups[2].Value) is { } m1)
        {
            return WithYear(dm.Groups[3], m1, Int(dm, 1), today);
        }
        if (MonthDayPattern().Match(input) is { Success: true } md && Month(md.Groups[1].Value) is { } m2)
        {
            return WithYear(md.Groups[3], m2, Int(md, 2), today);
        }
        return null;
    }

    private static DateOnly? WithYear(Group year, int month, int day, DateOnly today)
    {
        if (year.Success)
        {
            var y = int.Parse(year.Value, CultureInfo.InvariantCulture);
            return Create(y < 100 ? 2000 + y : y, month, day);
        }
        var thisYear = Create(today.Year, month, day);
        return thisYear is { } d && d < today ? Create(today.Year + 1, month, day) : thisYear;
    }

    // Full names, or at least three letters of one ("dec", "sep", "okt").
    private static int? Month(string word)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].Any(n => n == word || (word.Length >= 3 && n.StartsWith(word, StringComparison.Ordinal)))) return i + 1;
        }
        return null;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:over|in) (\d{1,3}) (dagen|dag|days|day|weken|week|weeks|maanden|maand|months|month)$")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^(?:(?<before>volgende week|next week) |(?:aanstaande|komende|volgende|this|next|coming|on) )?(?<day>[a-z]+)(?<after> volgende week| next week)?$")]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$")]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"^(\d{1,2})(?:e|ste|de|st|nd|rd|th)? (?:of )?([a-z]+)\.?(?: (\d{4}))?$")]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex(@"^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$")]
    private static partial Regex MonthDayPattern();
}

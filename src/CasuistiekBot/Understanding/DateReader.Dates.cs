using System.Globalization;
using System.Text.RegularExpressions;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Understanding;

// Dates written as dates: "20/1", "15-12-2026", "2027-03-31", "12 mrt", "January 15th", "de 20e", and weekdays.
internal static partial class DateReader
{
    private static (int, DateMention)? DateAt(string[] t, int i, DateOnly today, string language)
    {
        if (i >= t.Length) return null;
        if (IsoDate().Match(t[i]) is { Success: true } iso)
        {
            return (1, Explicit(Calendar.Create(Int(iso, 1), Int(iso, 2), Int(iso, 3)), today));
        }
        if (NumericDate().Match(t[i]) is { Success: true } numeric) return (1, Numeric(numeric, today, language));
        if (DayNumber().Match(t[i]) is { Success: true } day)
        {
            var m = Is(t, i + 1, "of", "van") ? i + 2 : i + 1;
            if (m < t.Length && Month(t[m]) is { } month) return WithYear(t, m + 1, month, Int(day, 1), today, m + 1 - i);
            // "de 20e", "the 15th": that day of this month, or of the next when it has passed.
            if (day.Groups[2].Success && Int(day, 1) is var d and <= 31)
            {
                var date = Calendar.Create(today.Year, today.Month, d) is { } thisMonth && thisMonth >= today
                    ? thisMonth
                    : Calendar.Create(today.AddMonths(1).Year, today.AddMonths(1).Month, d);
                return (1, DateMention.OfNullable(date));
            }
            return null;
        }
        if (Month(t[i]) is { } named)
        {
            var d = Is(t, i + 1, "the") ? i + 2 : i + 1;
            if (d < t.Length && DayNumber().Match(t[d]) is { Success: true } after) return WithYear(t, d + 1, named, Int(after, 1), today, d + 1 - i);
        }
        return null;
    }

    // "15 januari 2027" names its year; "15 januari" means the next 15 January.
    private static (int, DateMention) WithYear(string[] t, int at, int month, int day, DateOnly today, int length)
    {
        if (at < t.Length && Year().IsMatch(t[at]))
        {
            return (length + 1, Explicit(Calendar.Create(int.Parse(t[at], CultureInfo.InvariantCulture), month, day), today));
        }
        return (length, DateMention.OfNullable(Calendar.Next(month, day, today)));
    }

    private static DateMention Explicit(DateOnly? date, DateOnly today) => date switch
    {
        null => DateMention.Plain(DateMentionKind.Impossible),
        { } d when d < today => DateMention.Plain(DateMentionKind.Past),
        { } d => DateMention.Of(d),
    };

    // Day first, as in the Netherlands. In English "3/4" may be either; "3/15" can only be month first.
    private static DateMention Numeric(Match m, DateOnly today, string language)
    {
        var (a, b) = (Int(m, 1), Int(m, 2));
        DateMention Read(int day, int month) => m.Groups[3].Success
            ? Explicit(Calendar.Create(FullYear(Int(m, 3)), month, day), today)
            : DateMention.OfNullable(Calendar.Next(month, day, today));
        var dayFirst = Read(a, b);
        if (language != Languages.English || a == b) return dayFirst;
        var monthFirst = Read(b, a);
        return (dayFirst.Kind, monthFirst.Kind) switch
        {
            (DateMentionKind.Dates, DateMentionKind.Dates) => DateMention.Of([.. dayFirst.Dates, .. monthFirst.Dates]),
            (DateMentionKind.Dates, _) => dayFirst,
            (_, DateMentionKind.Dates) => monthFirst,
            _ => dayFirst,
        };
    }

    // A weekday alone, with "aanstaande"/"volgende", with "volgende week", or in front of a date it must fit.
    private static (int, DateMention)? Weekday(string[] t, int i, DateOnly today, string language)
    {
        if (!DateWords.Weekdays.TryGetValue(t[i], out var day)) return null;
        var j = Is(t, i + 1, "de", "the") ? i + 2 : i + 1;
        if (DateAt(t, j, today, language) is var (length, dated))
        {
            // "maandag 6 november" when 6 November is a Friday: either could be the mistake.
            if (dated.Kind != DateMentionKind.Dates || dated.Dates.Count != 1 || dated.Dates[0].DayOfWeek == day) return (j + length - i, dated);
            return (j + length - i, DateMention.Of(dated.Dates[0], Calendar.Nearest(day, dated.Dates[0])));
        }
        if (Is(t, i + 1, DateWords.Next) && Is(t, i + 2, "week"))
        {
            return (3, DateMention.Of(Calendar.Monday(today).AddDays(7 + Calendar.Index(day))));
        }
        var coming = Calendar.Coming(day, today);
        var previous = i > 0 ? t[i - 1] : "";
        // On a Thursday, "donderdag" may be today or a week from now.
        if (day == today.DayOfWeek && !DateWords.Next.Contains(previous)) return (1, DateMention.Of(today, coming));
        // Early in the week, "volgende donderdag" may be this week's or next week's.
        if (DateWords.Next.Contains(previous) && !DateWords.Coming.Contains(previous) && Calendar.Index(day) > Calendar.Index(today.DayOfWeek))
        {
            return (1, DateMention.Of(coming, coming.AddDays(7)));
        }
        return (1, DateMention.Of(coming));
    }

    private static int? Month(string word)
    {
        if (DateWords.IsMonth(word, out var month)) return month;
        // A typo in a long month name ("febuari", "januray") still names it.
        var close = DateWords.Months.Where(m => m.Key.Length >= 6 && Similarity.Typo(word, m.Key)).Select(m => m.Value).Distinct().ToList();
        return close.Count == 1 ? close[0] : null;
    }

    private static int FullYear(int year) => year < 100 ? 2000 + year : year;

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(\d{1,2})(e|ste|de|st|nd|rd|th)?$")]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}

namespace CasuistiekBot.Understanding;

// Times named in words: "begin volgend jaar", "eind januari", "volgende week", "over drie weken", "in januari".
internal static partial class DateReader
{
    // "begin maart", "half februari", "eind van de maand", "end of next week", "early next year".
    private static (int, DateMention)? Edge(string[] t, int i, DateOnly today)
    {
        var edge = DateWords.Start.Contains(t[i]) ? 's' : DateWords.End.Contains(t[i]) ? 'e' : DateWords.Middle.Contains(t[i]) ? 'm' : ' ';
        if (edge == ' ') return null;
        var j = i + 1;
        var next = false;
        while (j < t.Length && (DateWords.Of.Contains(t[j]) || DateWords.This.Contains(t[j]) || t[j] == "aan" || DateWords.Next.Contains(t[j])))
        {
            next |= DateWords.Next.Contains(t[j]);
            j++;
        }
        if (j >= t.Length) return null;
        var target = t[j];
        DateMention? mention = null;
        if (DateWords.IsMonth(target, out var month))
        {
            var year = Calendar.YearOf(month, today);
            mention = edge switch
            {
                's' => NotBefore(new DateOnly(year, month, 1), today),
                'm' => NotBefore(new DateOnly(year, month, 15), today),
                _ => DateMention.Of(Calendar.LastDay(year, month)),
            };
        }
        else if (target is "maand" or "month")
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(next ? 1 : 0);
            mention = NotBefore(edge switch { 's' => first, 'm' => first.AddDays(14), _ => Calendar.LastDay(first.Year, first.Month) }, today);
        }
        else if (target is "week")
        {
            var monday = Calendar.Monday(today).AddDays(next ? 7 : 0);
            mention = NotBefore(monday.AddDays(edge switch { 's' => 0, 'm' => 2, _ => 4 }), today);
        }
        else if (target is "jaar" or "year")
        {
            var year = today.Year + (next ? 1 : 0);
            mention = NotBefore(edge switch { 's' => new DateOnly(year, 1, 1), 'm' => new DateOnly(year, 7, 1), _ => new DateOnly(year, 12, 31) }, today);
        }
        return mention is null ? null : (j + 1 - i, mention);
    }

    // "volgende week (vrijdag)", "deze week", "volgende maand", "deze maand", "dit jaar", "volgend jaar".
    private static (int, DateMention)? Period(string[] t, int i, DateOnly today)
    {
        var next = DateWords.Next.Contains(t[i]);
        var current = t[i] is "deze" or "dit" or "this";
        if ((!next && !current) || i + 1 >= t.Length) return null;
        switch (t[i + 1])
        {
            case "week" when next && i + 2 < t.Length && DateWords.Weekdays.TryGetValue(t[i + 2], out var day):
                return (3, DateMention.Of(Calendar.Monday(today).AddDays(7 + Calendar.Index(day))));
            case "week" when next:
                var monday = Calendar.Monday(today).AddDays(7);
                return (2, DateMention.Of(monday, monday.AddDays(4)));
            case "week":
                return (Is(t, i + 2, "nog") ? 3 : 2, ThisWeeks(DayOfWeek.Friday, today));
            case "maand" or "month" when next:
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
                return (2, DateMention.Of(first, Calendar.LastDay(first.Year, first.Month)));
            case "maand" or "month":
                return (2, DateMention.Of(Calendar.LastDay(today.Year, today.Month)));
            case "jaar" or "year" when next:
                return (2, DateMention.Plain(DateMentionKind.Vague));
            case "jaar" or "year":
                return (2, DateMention.Of(new DateOnly(today.Year, 12, 31)));
            default:
                return null;
        }
    }

    // "over drie weken", "binnen 10 dagen", "in a month", "over een half jaar"; "over een paar weken" is too vague.
    private static (int, DateMention)? Offset(string[] t, int i, DateOnly today)
    {
        if (!DateWords.OffsetWords.Contains(t[i])) return null;
        var j = i + 1;
        if (Is(t, j, "uiterlijk", "maximaal", "maximum", "max", "hooguit", "at", "most")) j++;
        if (Is(t, j, "een", "a") && Is(t, j + 1, "half") && Is(t, j + 2, "jaar", "year")) return (j + 3 - i, DateMention.Of(today.AddMonths(6)));
        if (j >= t.Length) return null;
        int count;
        if (DateWords.Vague.Contains(t[j]) || Is(t, j + 1, DateWords.Vague)) return (j + 1 - i, DateMention.Plain(DateMentionKind.Vague));
        if (t[j].Length <= 3 && t[j].All(char.IsDigit)) count = int.Parse(t[j], System.Globalization.CultureInfo.InvariantCulture);
        else if (!DateWords.Numbers.TryGetValue(t[j], out count)) return null;
        if (j + 1 >= t.Length || !DateWords.Units.TryGetValue(t[j + 1], out var unit)) return null;
        return (j + 2 - i, DateMention.Of(Calendar.Add(today, count, unit)));
    }

    // "in januari", "voor maart": a whole month, asked back as its first or its last day.
    private static (int, DateMention)? MonthAlone(string[] t, int i, DateOnly today)
    {
        if (!DateWords.IsMonth(t[i], out var month)) return null;
        var introduced = i > 0 && t[i - 1] is "in" or "voor" or "before" or "by" or "van" or "tot" or "until" or "uiterlijk" or "rond" or "around";
        if (DateWords.AmbiguousMonthWords.Contains(t[i]) && !introduced && t.Length > 1) return null;
        var year = Calendar.YearOf(month, today);
        var first = new DateOnly(year, month, 1);
        var last = Calendar.LastDay(year, month);
        return (1, first >= today ? DateMention.Of(first, last) : DateMention.Of(last));
    }
}

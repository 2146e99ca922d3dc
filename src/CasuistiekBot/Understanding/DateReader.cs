using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Understanding;

/// <summary>
/// Reads a deadline from an answer as people type it, in Dutch or English, relative to the person's own today: a date
/// anywhere in a sentence ("voor 15 januari, dan verloopt de beslistermijn"), in words ("uiterlijk donderdag", "over drie
/// weken", "begin volgend jaar", "voor oud en nieuw"), numbers ("20/1", "12 mrt"), no hurry ("het heeft geen haast"),
/// or urgency without a date ("zo snel mogelijk": today). It never guesses: two possible dates are asked back, and
/// anything it cannot pin down is asked again.
/// </summary>
internal static partial class DateReader
{
    public static DateAnswer Read(string text, DateOnly today, string language)
    {
        var tokens = AnswerText.Tokens(text);
        if (tokens.Length == 0) return DateAnswer.Unknown(DateUnknownReason.Nothing);
        var mentions = new List<DateMention>();
        for (var i = 0; i < tokens.Length;)
        {
            var (length, mention) = MatchAt(tokens, i, today, language);
            if (length > 0)
            {
                mentions.Add(mention.Kind == DateMentionKind.Dates && NotADeadline(tokens, i) ? DateMention.Plain(DateMentionKind.Vague) : mention);
                i += length;
            }
            else
            {
                i++;
            }
        }
        // "nee", "geen", or an answer that opens with "nee": no hurry, unless a date follows ("nee, maar wel voor 1 mei").
        if ((tokens.Length == 1 && DateWords.No.Contains(tokens[0])) || tokens[0] is "nee" or "neen" or "nope" or "no" or "nah")
        {
            mentions.Add(DateMention.Plain(DateMentionKind.NoDeadline));
        }
        return Combine(mentions, today);
    }

    // "na 1 januari", "sinds 3 mei", "not before January": a date that is no deadline.
    private static bool NotADeadline(string[] t, int i) =>
        (i > 0 && t[i - 1] is "na" or "after" or "vanaf" or "from" or "sinds" or "since")
        || (i > 1 && t[i - 1] is "voor" or "before" && t[i - 2] is "niet" or "not");

    private static DateAnswer Combine(List<DateMention> mentions, DateOnly today)
    {
        bool Has(DateMentionKind kind) => mentions.Any(m => m.Kind == kind);
        var dated = mentions.Where(m => m.Kind == DateMentionKind.Dates).ToList();
        if (dated.Count > 0)
        {
            // Every mention agrees on one date ("over twee weken, op 16 november"), or the answer is asked back.
            var shared = dated.Skip(1).Aggregate((IEnumerable<DateOnly>)dated[0].Dates, (all, m) => all.Intersect(m.Dates)).ToList();
            if (shared.Count == 1) return DateAnswer.Of(shared[0]);
            var all = dated.SelectMany(m => m.Dates).Distinct().Order().ToList();
            return all.Count == 1 ? DateAnswer.Of(all[0]) : DateAnswer.Either(all);
        }
        if (Has(DateMentionKind.DontKnow)) return DateAnswer.Unknown(DateUnknownReason.Nothing);
        if (Has(DateMentionKind.Impossible)) return DateAnswer.Unknown(DateUnknownReason.Impossible);
        if (Has(DateMentionKind.Past)) return DateAnswer.Unknown(DateUnknownReason.Past);
        if (Has(DateMentionKind.Urgent)) return DateAnswer.Of(today, urgent: true);
        if (Has(DateMentionKind.NoDeadline)) return DateAnswer.None;
        return DateAnswer.Unknown(Has(DateMentionKind.Vague) ? DateUnknownReason.Vague : DateUnknownReason.Nothing);
    }

    // The first reading that fits at this place, as (tokens used, what it says); (0, null) when nothing fits.
    private static (int Length, DateMention Mention) MatchAt(string[] t, int i, DateOnly today, string language)
    {
        if (AnswerText.LongestAt(t, i, DateWords.DontKnow) is > 0 and var dontKnow) return (dontKnow, DateMention.Plain(DateMentionKind.DontKnow));
        if (AnswerText.LongestAt(t, i, DateWords.NoDeadline) is > 0 and var none) return (none, DateMention.Plain(DateMentionKind.NoDeadline));
        if (AnswerText.LongestAt(t, i, DateWords.Urgent) is > 0 and var urgent) return (urgent, DateMention.Plain(DateMentionKind.Urgent));
        foreach (var (phrase, month, day) in DateWords.Holidays)
        {
            if (AnswerText.StartsWith(t, i, phrase)) return (phrase.Length, DateMention.OfNullable(Calendar.Next(month, day, today)));
        }
        if (AnswerText.LongestAt(t, i, DateWords.Today) is > 0 and var now) return (now, DateMention.Of(today));
        if (AnswerText.LongestAt(t, i, DateWords.DayAfterTomorrow) is > 0 and var twoDays) return (twoDays, DateMention.Of(today.AddDays(2)));
        if (AnswerText.LongestAt(t, i, DateWords.Tomorrow) is > 0 and var oneDay) return (oneDay, DateMention.Of(today.AddDays(1)));
        if (AnswerText.LongestAt(t, i, DateWords.Yesterday) is > 0 and var gone) return (gone, DateMention.Plain(DateMentionKind.Past));
        if (AnswerText.LongestAt(t, i, DateWords.BeforeWeekend) is > 0 and var weekend) return (weekend, ThisWeeks(DayOfWeek.Friday, today));
        return Edge(t, i, today) ?? Period(t, i, today) ?? Offset(t, i, today) ?? DateAt(t, i, today, language) ?? Weekday(t, i, today, language)
            ?? MonthAlone(t, i, today) ?? (DateWords.Vague.Contains(t[i]) ? (1, DateMention.Plain(DateMentionKind.Vague)) : (0, null!));
    }

    private static DateMention ThisWeeks(DayOfWeek day, DateOnly today)
    {
        var date = Calendar.Monday(today).AddDays(Calendar.Index(day));
        return date >= today ? DateMention.Of(date) : DateMention.Plain(DateMentionKind.Vague);
    }

    private static DateMention NotBefore(DateOnly date, DateOnly today) =>
        date >= today ? DateMention.Of(date) : DateMention.Plain(DateMentionKind.Vague);

    private static bool Is(string[] t, int at, params string[] words) => at < t.Length && words.Contains(t[at]);

    private static bool Is(string[] t, int at, HashSet<string> words) => at < t.Length && words.Contains(t[at]);
}

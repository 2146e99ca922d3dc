using System.Globalization;
using System.Text.RegularExpressions;
using CasuistiekBot.Cases;

namespace CasuistiekBot.Intake;

/// <summary>
/// Reads what a (scrubbed) story already says, deterministically: sentences about what chafes and what was tried,
/// an explicit wish, and a decision deadline. It only takes what is clearly there; anything unclear is asked.
/// </summary>
internal static partial class StoryReader
{
    private const int ConcreteStoryWords = 30;

    private static readonly string[] ChafeCues =
    [
        "schuur", "wringt", "wringen", "botst", "botsen", "knel", "dilemma", "onrechtvaardig", "hardvochtig", "menselijke maat",
        "niet eerlijk", "oneerlijk", "voelt niet goed", "voelt niet juist", "buikpijn", "steentje in de schoen", "tegenstrijdig",
        "aan de ene kant", "enerzijds", "klopt niet met", "staat haaks", "gewetens",
        "chafe", "unfair", "harsh", "human dimension", "does not feel right", "doesn't feel right", "on the one hand", "conflicts with",
    ];

    private static readonly string[] TriedCues =
    [
        "geprobeerd", "besproken", "overlegd", "voorgelegd", "navraag", "contact opgenomen", "gebeld", "gemaild", "aangekaart",
        "aangegeven bij", "gevraagd aan", "teamoverleg", "met mijn leidinggevende", "met mijn teamleider",
        "tried", "discussed", "talked to", "raised it with", "asked my", "consulted",
    ];

    private static readonly (string Wish, string[] Cues)[] WishCues =
    [
        (CasusWish.Signal, ["signaal agenderen", "als signaal", "structureel probleem", "structureel", "agenderen", "raise a signal", "structural"]),
        (CasusWish.SharedView, ["gedeeld beeld", "samen bespreken", "met elkaar bespreken", "shared view"]),
        (CasusWish.Advice, ["graag advies", "advies over", "wil advies", "vraag om advies", "would like advice", "need advice"]),
        (CasusWish.BeHeard, ["gehoord worden", "mijn verhaal kwijt", "even kwijt", "be heard", "get it off my chest"]),
    ];

    public static IntakeDraft Read(string story, DateOnly today)
    {
        var sentences = Sentences(story);
        return new IntakeDraft
        {
            Situation = WordCount(story) >= ConcreteStoryWords ? story : null,
            Chafes = Join(sentences.Where(s => Contains(s, ChafeCues))),
            Tried = Join(sentences.Where(s => Contains(s, TriedCues))),
            Wish = WishCues.FirstOrDefault(w => Contains(story, w.Cues)).Wish,
            Deadline = Deadline(story, today),
        };
    }

    private static bool Contains(string text, string[] cues) => cues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase));

    private static string? Join(IEnumerable<string> sentences) => sentences.ToList() is { Count: > 0 } list ? string.Join(' ', list) : null;

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private static DateOnly? Deadline(string story, DateOnly today)
    {
        foreach (Match match in DeadlineDate().Matches(story))
        {
            if (ParseDate(match.Groups["date"].Value, today) is { } date && date >= today) return date;
        }
        return null;
    }

    private static DateOnly? ParseDate(string text, DateOnly today)
    {
        var formats = new[] { "d-M-yyyy", "d/M/yyyy", "d-M-yy", "d MMMM yyyy", "d MMMM", "yyyy-MM-dd" };
        foreach (var culture in new[] { CultureInfo.GetCultureInfo("nl-NL"), CultureInfo.GetCultureInfo("en-GB") })
        {
            if (DateOnly.TryParseExact(text.Trim(), formats, culture, DateTimeStyles.AllowWhiteSpaces, out var date))
            {
                // A day and month without a year means the next such date.
                if (!YearPresent().IsMatch(text))
                {
                    date = new DateOnly(today.Year, date.Month, date.Day);
                    if (date < today) date = date.AddYears(1);
                }
                return date;
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:uiterlijk|deadline|beslistermijn|termijn|vóór|voor|before|by|due)\b[^.!?]{0,40}?(?<date>\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)(?:\s+\d{4})?)", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineDate();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearPresent();
}

using System.Text.RegularExpressions;
using CasuistiekBot.Cases;

namespace CasuistiekBot.Intake;

/// <summary>
/// Reads what a (scrubbed) story already says, deterministically: sentences about what chafes and what was tried,
/// an explicit wish, a deadline or no hurry, and where the author works. It only takes what is clearly there; anything
/// unclear (two wishes, two dates, two organisations) is asked, and what it took is shown in the summary to confirm.
/// </summary>
internal static partial class StoryReader
{
    private const int ConcreteStoryWords = 30;

    private static readonly string[] ChafeCues =
    [
        "schuur", "wringt", "wringen", "botst", "botsen", "knel", "dilemma", "onrechtvaardig", "hardvochtig", "menselijke maat",
        "niet eerlijk", "oneerlijk", "voelt niet goed", "voelt niet juist", "buikpijn", "steentje in de schoen", "tegenstrijdig",
        "aan de ene kant", "enerzijds", "klopt niet met", "staat haaks", "gewetens", "twijfel", "vraag me af", "me afvragen",
        "niet in verhouding", "ten koste van", "onredelijk",
        "chafe", "unfair", "harsh", "human dimension", "does not feel right", "doesn't feel right", "on the one hand", "conflicts with",
        "clash", "i doubt", "wonder if", "wonder whether", "disproportionate", "at the expense of",
    ];

    private static readonly string[] TriedCues =
    [
        "geprobeerd", "besproken", "overlegd", "voorgelegd", "navraag", "contact opgenomen", "gebeld", "gemaild", "aangekaart",
        "aangegeven bij", "gevraagd aan", "teamoverleg", "met mijn leidinggevende", "met mijn teamleider",
        "tried", "discussed", "talked to", "raised it with", "asked my", "consulted",
        "asked our", "asked the", "spoke to", "spoken to", "contacted", "reported it", "emailed", "called the",
    ];

    // Weaker words that count only when the author says them of themselves ("ik heb het gemeld").
    private static readonly string[] OwnTriedCues = ["gemeld", "ingeschakeld", "gesproken met", "reported", "checked with"];

    private static readonly (string Wish, string[] Cues)[] WishCues =
    [
        (CasusWish.Signal, ["signaal agenderen", "als signaal", "structureel probleem", "structureel", "agenderen", "raise a signal", "structural", "on the agenda", "as a signal"]),
        (CasusWish.SharedView, ["gedeeld beeld", "samen bespreken", "met elkaar bespreken", "shared view"]),
        (CasusWish.Advice, ["graag advies", "wil advies", "advies nodig", "vraag om advies", "zoek advies", "zoek vooral advies", "would like advice", "need advice", "want advice", "looking for advice"]),
        (CasusWish.BeHeard, ["gehoord worden", "mijn verhaal kwijt", "even kwijt", "gewoon kwijt", "luisterend oor", "be heard", "get it off my chest", "someone to listen", "listening ear"]),
    ];

    public static IntakeDraft Read(string story, DateOnly today, string language)
    {
        var sentences = Sentences(story);
        var deadline = StoryDeadline.Read(sentences, today, language);
        return new IntakeDraft
        {
            Situation = WordCount(story) >= ConcreteStoryWords ? story : null,
            Chafes = Join(sentences.Where(s => Contains(s, ChafeCues))),
            Tried = Join(sentences.Where(s => Contains(s, TriedCues) || (Contains(s, OwnTriedCues) && FirstPerson().IsMatch(s)))),
            Wish = Wish(story, sentences),
            Deadline = deadline.Date,
            NoDeadline = deadline.NoHurry,
            Unit = StoryWorkplace.Read(sentences),
        };
    }

    // One wish, or none: a story that names two ("advies, of toch een signaal") is asked.
    private static string? Wish(string story, List<string> sentences)
    {
        var named = WishCues.Where(w => Contains(story, w.Cues)).Select(w => w.Wish).ToList();
        // A question to the bot about what to do asks for advice: "Wat moet ik doen?", "What can I still do?"
        if (sentences.Any(s => AdviceQuestion().IsMatch(s))) named.Add(CasusWish.Advice);
        return named.Distinct().ToList() is [var one] ? one : null;
    }

    private static bool Contains(string text, string[] cues) => cues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase));

    private static string? Join(IEnumerable<string> sentences) => sentences.ToList() is { Count: > 0 } list ? string.Join(' ', list) : null;

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:wat (?:moet|kan|zou) ik (?:nu |nog |hier |hiermee )?(?:doen|doen\s+\w+)|hoe (?:moet|kan) ik hiermee omgaan|what (?:should|can|could) i (?:still |now )?do)\b[^.!]*\?", RegexOptions.IgnoreCase)]
    private static partial Regex AdviceQuestion();

    [GeneratedRegex(@"\b(?:ik|wij|we|i)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();
}

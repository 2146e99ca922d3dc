using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Intake;

/// <summary>
/// Whether a short message says the person wants to raise a casus ("ik wil graag een casus inbrengen, hoe werkt dat?",
/// "kan ik hier iets voorleggen?", "I'd like to raise a case") without telling it yet: a word for a casus and a word for
/// bringing it in, in one sentence, and no negation before them. Such a message starts the intake as the command does.
/// </summary>
internal static class RaiseIntent
{
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "casus", "casussen", "dilemma", "dilemma's", "kwestie", "situatie", "zaak", "iets", "case", "issue", "situation", "something",
    };

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "inbrengen", "inbreng", "melden", "voorleggen", "aankaarten", "aandragen", "indienen", "bespreken", "brengen", "leggen",
        "raise", "raising", "bring", "submit", "report", "discuss", "share",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "niet", "geen", "not", "don't", "dont", "no" };

    private const int MaxWords = 25;

    public static bool IsExpressedIn(string? text)
    {
        foreach (var sentence in CommandText.Normalize(text).Split(['.', '?', '!', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = sentence.Split([' ', ',', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > MaxWords) return false;
            var subject = Array.FindIndex(words, Subjects.Contains);
            var verb = Array.FindIndex(words, Verbs.Contains);
            if (subject < 0 || verb < 0) continue;
            if (words.Take(Math.Max(subject, verb)).Any(Negations.Contains)) continue;
            return true;
        }
        return false;
    }
}

using System.Text.RegularExpressions;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Localization;

/// <summary>
/// Whether a message is written in Dutch or English, from the small words every sentence needs and from greetings that
/// belong to one language. It decides only with a clear margin; a short, mixed or wordless message ("ok", "CS-2026-0042",
/// "I had een meeting") gives no answer, and the caller keeps what it knew.
/// </summary>
public static partial class MessageLanguage
{
    // Words that are common in one language and rare in the other. Words both use ("is", "was", "in", "we", "over",
    // "had", "die", "me") are left out on purpose.
    private static readonly HashSet<string> Dutch = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "van", "ik", "je", "jij", "jou", "jouw", "u", "uw", "hij", "zij", "ze", "wij", "jullie",
        "niet", "geen", "zijn", "waren", "ben", "bent", "heb", "hebt", "heeft", "hebben", "met", "voor", "op", "aan", "bij",
        "uit", "naar", "maar", "ook", "nog", "wel", "dat", "dit", "deze", "er", "om", "te", "tot", "als", "wat", "wie",
        "waar", "hoe", "omdat", "want", "dus", "mijn", "haar", "ons", "onze", "hun", "kan", "kunnen", "moet", "moeten",
        "wil", "willen", "wordt", "worden", "zou", "zouden", "al", "dan", "nu", "graag", "ja", "nee", "niets", "iets",
        "mevrouw", "meneer", "door", "zonder", "heel", "erg", "gisteren", "vandaag", "morgen", "volgende", "vorige", "week",
        "maand", "jaar", "klant", "collega", "leidinggevende", "terwijl", "welke", "wanneer", "waarom", "hier",
        "daar", "alleen", "echt", "misschien", "zo", "snel", "mogelijk", "uiterlijk", "elke", "gaat", "ga", "doe",
        "doet", "weet", "denk", "vind", "zie", "krijg", "krijgt", "kreeg", "zei", "zegt", "moest", "kon", "mocht",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "of", "to", "i", "you", "he", "she", "it", "they", "my", "your", "his", "her", "our",
        "their", "not", "no", "are", "were", "have", "has", "with", "for", "on", "at", "from", "but", "also", "still",
        "that", "this", "these", "there", "what", "who", "where", "how", "because", "so", "can", "could", "must", "should",
        "would", "will", "want", "be", "been", "being", "do", "does", "did", "yes", "please", "about", "after", "before",
        "today", "yesterday", "tomorrow", "next", "last", "month", "year", "just", "only", "very", "which", "when", "if",
        "or", "all", "any", "client", "colleague", "manager", "why", "here", "really", "maybe", "soon", "possible", "by",
        "every", "goes", "going", "know", "think", "see", "get", "got", "said", "says", "him", "them", "us",
        "we're", "i'm", "it's", "don't", "can't", "isn't", "doesn't", "didn't",
    };

    // A greeting or thanks alone says which language someone chose to write in.
    private static readonly HashSet<string> DutchGreetings = new(StringComparer.Ordinal)
    {
        "hallo", "hoi", "goedemorgen", "goedemiddag", "goedenavond", "dag", "bedankt", "dankjewel", "dankuwel", "dank", "doei",
    };

    private static readonly HashSet<string> EnglishGreetings = new(StringComparer.Ordinal)
    {
        "hello", "thanks", "thank", "morning", "afternoon", "evening", "bye", "cheers",
    };

    /// <summary>"nl", "en", or null when the message does not say clearly enough.</summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        int dutch = 0, english = 0;
        foreach (Match word in Word().Matches(text.ToLowerInvariant()))
        {
            var w = word.Value;
            if (DutchGreetings.Contains(w)) dutch += 2;
            else if (EnglishGreetings.Contains(w)) english += 2;
            else if (Dutch.Contains(w)) dutch++;
            else if (English.Contains(w)) english++;
        }
        if (dutch >= 2 && dutch >= 2 * english) return Languages.Dutch;
        if (english >= 2 && english >= 2 * dutch) return Languages.English;
        return null;
    }

    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)?")]
    private static partial Regex Word();
}

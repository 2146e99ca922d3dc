using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// What is known about a single word when deciding whether it is (part of) a person's name: whether it is an ordinary
/// Dutch word, a given name or family name from the lists, or a word that is never a name (function words, institutions,
/// places). Without the word list nothing is known about ordinary words, and <see cref="HasWordList"/> is false.
/// </summary>
internal sealed class NameEvidence(DutchWordList words, NameLists names)
{
    public bool HasWordList => words.IsLoaded;

    public bool IsOrdinary(string word)
    {
        if (words.IsOrdinaryWord(word)) return true;
        // "Teamleider-Asiel" or "Noord-Holland": ordinary when every part is.
        if (!word.Contains('-')) return false;
        foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!words.IsOrdinaryWord(part)) return false;
        }
        return true;
    }

    public bool IsFirstName(string word) => names.IsFirstName(word);

    public bool IsSurname(string word) => names.IsSurname(word);

    public bool IsListedName(string word) => names.IsFirstName(word) || names.IsSurname(word);

    /// <summary>Function words, months, institutions, laws, roles, places and nationalities.</summary>
    public static bool IsNeverName(string word) =>
        NameLexicon.NotNames.Contains(word) || PlaceLexicon.Words.Contains(word) || StreetWords.IsCompoundStreetWord(word)
        || NameLexicon.Particles.Contains(word);

    /// <summary>
    /// A word that may be a name where the context already announces one ("mevrouw …", "t.n.v. …"): a listed name, or a
    /// word that is no ordinary Dutch word. "mevrouw zei" stays, "dhr. jansen" and "MEVROUW SOEKHLAL" are names.
    /// </summary>
    public bool MayBeAnnouncedName(string word) =>
        word.Length >= 2 && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !IsNeverName(word)
        && (IsListedName(word) || !IsOrdinary(word));
}

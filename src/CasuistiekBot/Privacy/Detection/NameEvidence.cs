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

    public bool IsListedName(string word) => names.IsFirstName(word) || names.IsSurname(word) || IsDoubleNameWithListedPart(word);

    /// <summary>"Ramdin-Jagesar", "Wolde-Giorgis Haile": a double name one part of which is a listed name that is no word.</summary>
    private bool IsDoubleNameWithListedPart(string word)
    {
        if (!word.Contains('-')) return false;
        var parts = word.Split('-');
        if (parts.Any(p => p.Length < 2)) return false;
        var listed = parts.Count(p => (names.IsFirstName(p) || names.IsSurname(p)) && !words.IsOrdinaryWord(p));
        return listed > 0 && parts.All(p => NameLexicon.Particles.Contains(p) || names.IsFirstName(p) || names.IsSurname(p)
            || (!IsKnownNonPerson(p) && !words.IsOrdinaryWord(p)));
    }

    /// <summary>Function words, months, institutions, laws, roles, places and nationalities.</summary>
    public static bool IsNeverName(string word) =>
        NameLexicon.NotNames.Contains(word) || PlaceLexicon.Words.Contains(word) || StreetWords.IsCompoundStreetWord(word)
        || NameLexicon.Particles.Contains(word);

    /// <summary>
    /// What stops a name that a title, role word or initials have announced: the words that are never a name, except that
    /// a street ending shared with family names ("Hoogendijk", "Oosterbaan", "Rietveld") no longer counts.
    /// </summary>
    public static bool IsNeverAnnouncedName(string word) =>
        NameLexicon.NotNames.Contains(word) || PlaceLexicon.Words.Contains(word) || StreetWords.IsStreetOnlyWord(word)
        || NameLexicon.Particles.Contains(word);

    /// <summary>
    /// A place, organisation or English word from the data files, an adjective of nationality ("Keniaans"), the word for a
    /// person of a country ("Braziliaan", "Hongaren", "syriër"), or a word that is never a name.
    /// </summary>
    public static bool IsKnownNonPerson(string word) => IsNeverName(word) || ProperNouns.Words.Contains(word) || NationalityAdjectives.IsOne(word) || Demonyms.IsOne(word);

    /// <summary>
    /// A word no list knows: no ordinary Dutch word (nor a compound of two, "Vreemdelingenketen"), no place, organisation
    /// or English word, and no listed name. Such a word is a name only where the context says so.
    /// </summary>
    public bool IsUnknown(string word) =>
        !IsListedName(word) && !IsKnownNonPerson(word) && !IsOrdinary(word) && !IsOrdinaryCompound(word);

    /// <summary>
    /// A word no list knows where a title or initials announce a name: as <see cref="IsUnknown"/>, but a street ending
    /// shared with family names ("Veldhuis-Oosterbaan") does not make it a street.
    /// </summary>
    public bool IsUnknownAfterCue(string word) =>
        !IsListedName(word) && !IsNeverAnnouncedName(word) && !ProperNouns.Words.Contains(word) && !IsOrdinary(word) && !IsOrdinaryCompound(word);

    /// <summary>"Terugkeerloket", "Vreemdelingenketen": two ordinary words of four letters or more, with or without a linking s.</summary>
    private bool IsOrdinaryCompound(string word)
    {
        if (word.Length < 8 || word.Contains('-')) return false;
        for (var split = 4; split <= word.Length - 4; split++)
        {
            var head = word[..split];
            var tail = word[split..];
            if (!words.IsOrdinaryWord(tail)) continue;
            if (words.IsOrdinaryWord(head) || (head.Length > 4 && head[^1] == 's' && words.IsOrdinaryWord(head[..^1]))) return true;
        }
        return false;
    }

    /// <summary>
    /// A word that may be a name where the context already announces one ("mevrouw …", "t.n.v. …"): a listed name, or a
    /// word that is no ordinary Dutch word. "mevrouw zei" stays, "dhr. jansen" and "MEVROUW SOEKHLAL" are names.
    /// </summary>
    public bool MayBeAnnouncedName(string word) =>
        word.Length >= 2 && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !IsNeverAnnouncedName(word)
        && (IsListedName(word) || !IsOrdinary(word));
}

using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Reads a name where the context has already announced one (after "mevrouw", "t.n.v.", "achternaam:"), in any letter
/// case: "dhr. jansen", "MEVROUW SOEKHLAL", "t.n.v. M. Haile", "mevrouw de boer". A word is taken when
/// <see cref="NameEvidence.MayBeAnnouncedName"/> says so, or when it is a listed family name after a particle; it stops
/// at the first ordinary word ("mevrouw zei …"), at punctuation and at places.
/// </summary>
internal static partial class LooseNameReader
{
    private const int MaxNameWords = 5;

    [GeneratedRegex(@"\G(?:(?:Th|Chr|Ch|Ph|Joh|Jac|Fr|Wm|\p{Lu})\.[ \u00A0]?){1,5}(?=[ \u00A0]?\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    /// <param name="unlistedLowercase">
    /// Whether a lower-case word that is in no list may be a name: after a title ("dhr. kasanmoentalib") it may; after a
    /// label ("naam op de verblijfspas") or after a particle it must be a listed name.
    /// </param>
    public static (int Start, int End)? Read(string text, int position, NameEvidence evidence, bool unlistedLowercase)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '\u00A0' && i - position < 2) i++;
        var start = i;
        var end = -1;
        var afterInitials = false;
        if (Initials().Match(text, i) is { Success: true } initials)
        {
            i = initials.Index + initials.Length;
            while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
            afterInitials = true;
        }
        var words = 0;
        var particles = new List<string>();
        var lowercaseName = false;
        while (i < text.Length && words < MaxNameWords)
        {
            if (NameParser.StartsWithPlace(text, i)) break;
            var (tokenEnd, token) = NameParser.ReadToken(text, i);
            if (token.Length == 0) break;
            var core = token.TrimEnd('-');
            // "Mr. Habte said": after a capitalised name only a particle may be written in lower case.
            if (words > 0 && !lowercaseName && particles.Count == 0 && char.IsLower(core[0]) && !NameParser.IsParticle(core, text, tokenEnd)) break;
            if (NameParser.IsParticle(core, text, tokenEnd))
            {
                particles.Add(core);
                if (particles.Count > 3) break;
            }
            // "Mrs Haile yesterday", "Ms van Ginkel asked": an unlisted lower-case word only continues a name written in lower case.
            else if (Accepts(core, particles, evidence, unlistedLowercase && (words == 0 || lowercaseName))
                || (words == 0 && particles.Count > 0 && IsFamilyNameAfterParticles(core, particles, evidence, afterInitials, unlistedLowercase)))
            {
                if (words == 0) lowercaseName = char.IsLower(core[0]);
                end = tokenEnd;
                words++;
                particles.Clear();
                if (token.EndsWith('-')) { i = tokenEnd; continue; }
            }
            else break;
            if (tokenEnd >= text.Length || text[tokenEnd] is not (' ' or '\u00A0')) break;
            i = tokenEnd + 1;
        }
        if (end < 0) return null;
        if (end - start >= 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’') end -= 2;
        return (start, end);
    }

    private static bool Accepts(string word, List<string> particles, NameEvidence evidence, bool unlistedLowercase)
    {
        if (word.Length == 0 || NameEvidence.IsNeverAnnouncedName(word)) return false;
        if (particles.Count > 0 && evidence.IsSurname(word)) return true;
        if (!char.IsLower(word[0])) return evidence.MayBeAnnouncedName(word);
        if (evidence.IsListedName(word)) return evidence.MayBeAnnouncedName(word);
        // "meneer el ouahabi": after a particle only a word no list knows, so "mevrouw de brief" stays.
        return unlistedLowercase && !NameEvidence.IsKnownNonPerson(word) && (particles.Count == 0 || evidence.IsUnknown(word)) && evidence.MayBeAnnouncedName(word);
    }

    /// <summary>
    /// The family name after its particles, also when it is an ordinary word: "W.J. ter Borg" and "E. de Wit" after
    /// initials (capitalised), "mevr. van der linde" after a title in any case, because "der" and "den" occur in names
    /// only. After a title a lone "de" stays ambiguous ("ik heb mevrouw de brief uitgelegd"), as does "van de" ("de
    /// meneer van de bank").
    /// </summary>
    private static bool IsFamilyNameAfterParticles(string word, List<string> particles, NameEvidence evidence, bool afterInitials, bool afterTitle)
    {
        if (word.Length < 2 || !word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')) return false;
        if (NameLexicon.NotNames.Contains(word) || StreetWords.IsStreetOnlyWord(word)) return false;
        // "van den Bosch", "van der Zwolle": a place after a particle no place is written with is a family name.
        if ((afterTitle || afterInitials) && particles.Any(p => NameLexicon.NameOnlyParticles.Contains(p))) return true;
        if (NameEvidence.IsNeverAnnouncedName(word) || (NameEvidence.IsKnownNonPerson(word) && !evidence.IsListedName(word))) return false;
        return afterInitials && char.IsUpper(word[0]);
    }
}

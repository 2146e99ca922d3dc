using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Single words that the way they are written marks as a person: after initials ("J. Tesfay belde", "W.J. ter Borg"),
/// with a possessive "'s", a bare apostrophe or a Dutch "s" ("Tekle's moeder", "Idris' zus", "Dawits zus"), between commas right after a name ("de zoon van dhr. Boukhari, Ilias,
/// die …"), and the register forms "FAMILIENAAM, Voornaam", "FAMILIENAAM, V." and "Voornaam FAMILIENAAM". The word must be a listed name
/// that is no ordinary word, or a word no list knows; after initials with particles or two initials, a family name that
/// is also a word counts too (see <see cref="IsNameAfterInitials"/>). Places and organisations stay.
/// </summary>
internal static partial class NameShapeCues
{
    [GeneratedRegex(@"(?<![\p{L}.])(?<initials>(?:\p{Lu}\.[ \u00A0]?){1,4})[ \u00A0]?(?<particles>(?:(?:van|de|der|den|ter|ten|te|in|op|'t|’t|el|al|da|di|do|dos|du|le|la)[ \u00A0]+){0,3})(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterInitials();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(\p{Lu}\p{Ll}+)['’]s(?=[ \u00A0]+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    // "Idris' dossier": a name ending in a hissing sound takes only the apostrophe.
    [GeneratedRegex(@"(?<![\p{L}\-'’])(\p{Lu}\p{Ll}*[sxz])['’](?=[ \u00A0]+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveApostrophe();

    // "Dawits zus", "Mirjams aanvraag": a Dutch possessive written without an apostrophe.
    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<name>\p{Lu}\p{Ll}+)s(?=[ \u00A0]+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveS();

    // "als ÖZTÜRK, M." or "Ramdin, S.J.": the register form of a family name with the initials after a comma.
    [GeneratedRegex(@"(?<![\p{L}\-]|\p{L}['’])(?<family>\p{Lu}{2,}(?:[ \u00A0]\p{Lu}{2,}){1,2}|\p{Lu}[\p{L}'’\-]*\p{L}),[ \u00A0]+(?<initials>(?:\p{Lu}\.[ \u00A0]?){0,3}\p{Lu}\.)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyNameAndInitials();

    [GeneratedRegex(@"\G,[ \u00A0]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \u00A0]*[,)]|[ \u00A0]+(?:die|wie|who)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<given>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00A0]+(?<family>\p{Lu}{2,}(?:-\p{Lu}{2,})*)(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex GivenNameAndCapitals();

    public static void Detect(string text, NameEvidence evidence, List<DetectedSpan> found, List<(int Start, int End)> names)
    {
        var ends = names.Select(n => n.End).Concat(found.Where(f => f.Kind == PersonalDataKinds.Name).Select(f => f.End)).Distinct().ToList();
        foreach (var end in ends)
        {
            if (Apposition().Match(text, end) is { Success: true } match && IsPersonWord(match.Groups[1].Value, evidence)) Add(names, match.Groups[1].Index, match.Groups[1].Index + match.Groups[1].Length);
        }
        foreach (Match match in AfterInitials().Matches(text))
        {
            // Initials and name together: "J. Tesfay" is replaced as one, also when another rule found "Tesfay".
            var name = match.Groups["name"];
            var earlier = names.FindIndex(n => n.Start == name.Index);
            if (earlier >= 0) names[earlier] = (match.Index, names[earlier].End);
            else if (IsNameAfterInitials(match, evidence)) Add(names, match.Index, match.Index + match.Length);
        }
        foreach (Match match in Possessive().Matches(text).Concat(PossessiveApostrophe().Matches(text)))
        {
            // "'Het Wilhelmus' en": the apostrophe closes a quotation opened before the word, it marks no possessive.
            if (TextScan.ClosesQuote(text, match.Groups[1].Index + match.Groups[1].Length)) continue;
            if (IsPersonWord(match.Groups[1].Value, evidence)) Add(names, match.Groups[1].Index, match.Groups[1].Index + match.Groups[1].Length);
        }
        foreach (Match match in PossessiveS().Matches(text))
        {
            // Only a listed name that is no word, and only when the word with its "s" is no word or name of its own ("Willems").
            var name = match.Groups["name"];
            var whole = match.Value;
            if (!evidence.IsListedName(name.Value) || evidence.IsOrdinary(name.Value) || NameEvidence.IsKnownNonPerson(name.Value)) continue;
            if (evidence.IsListedName(whole) || evidence.IsOrdinary(whole) || NameEvidence.IsKnownNonPerson(whole)) continue;
            if (TextScan.PreviousWord(text, match.Index) is "de" or "het" or "een" or "De" or "Het" or "Een") continue;
            Add(names, name.Index, name.Index + name.Length);
        }
        RegisterForms(text, evidence, found, names);
    }

    /// <summary>
    /// "ZAKHAROV, TIMUR", "DOSKI, Shirin": a family name in capitals, a comma and a name found after it; or "Shirin DOSKI":
    /// a capitalised given name with the family name in capitals after it. "Doski, Shirin" in mixed case counts only at
    /// the start of a line or sentence and before a listed given name.
    /// </summary>
    private static void RegisterForms(string text, NameEvidence evidence, List<DetectedSpan> found, List<(int Start, int End)> names)
    {
        var spans = names.Concat(found.Where(f => f.Kind == PersonalDataKinds.Name).Select(f => (f.Start, f.End))).ToList();
        foreach (var (start, _) in spans)
        {
            if (WordBeforeComma(text, start) is { } family && IsRegisterFamilyName(text, family, start, evidence)) Add(names, family.Start, family.End);
        }
        foreach (Match match in FamilyNameAndInitials().Matches(text))
        {
            if (IsInitialledFamilyName(match.Groups["family"].Value, evidence)) Add(names, match.Index, match.Index + match.Length);
        }
        // "Sara JANSEN", "Ahmad RAHIMI": the capitals say family name, so a given name that is also a word counts here.
        foreach (Match match in GivenNameAndCapitals().Matches(text))
        {
            if (!evidence.IsFirstName(match.Groups["given"].Value) || NameEvidence.IsNeverName(match.Groups["given"].Value)) continue;
            if (!IsCapitalsFamilyName(match.Groups["family"].Value, evidence)) continue;
            var (start, end) = (match.Index, match.Index + match.Length);
            var inside = names.FindAll(n => n.Start >= start && n.End <= end);
            if (names.Any(n => n.Start < end && start < n.End && !inside.Contains(n))) continue;
            names.RemoveAll(inside.Contains);
            names.Add((start, end));
        }
    }

    /// <summary>
    /// Before ", A.": in capitals a word of three letters or more (or a listed family name: "LI") that is no acronym,
    /// place, organisation or ordinary word ("ÖZTÜRK"); capitalised, a listed family name or a word no list knows.
    /// </summary>
    private static bool IsInitialledFamilyName(string word, NameEvidence evidence)
    {
        // "RINALDI BOS, G.": a family name of several words in capitals, each a listed family name or a word no list knows,
        // at least one of them no ordinary word.
        if (word.Contains(' ') || word.Contains('\u00A0'))
        {
            var parts = word.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            return parts.All(p => !NameEvidence.IsKnownNonPerson(p) && !NameLexicon.NotNames.Contains(p) && (evidence.IsSurname(p) || evidence.IsUnknown(p)))
                && parts.Any(p => !evidence.IsOrdinary(p)) && parts.Any(p => p.Length >= 3);
        }
        if (NameEvidence.IsKnownNonPerson(word) || evidence.IsOrdinary(word)) return false;
        if (word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return (word.Count(char.IsLetter) >= 3 || evidence.IsSurname(word)) && word.Any(c => "AEIOUYÄËÏÖÜÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛİ".Contains(c));
        }
        return evidence.IsSurname(word) || evidence.IsUnknown(word);
    }

    /// <summary>The word right before ", " that precedes <paramref name="position"/>.</summary>
    private static (int Start, int End)? WordBeforeComma(string text, int position)
    {
        var i = position;
        while (i > 0 && text[i - 1] is ' ' or '\u00A0') i--;
        if (i == 0) return null;
        int end;
        if (text[i - 1] == ',' && i < position) end = i - 1;
        // The slashes of a copied register line: "KHAN / Shahid / 12-12-1975".
        else if (text[i - 1] == '/')
        {
            end = i - 1;
            while (end > 0 && text[end - 1] is ' ' or '\u00A0') end--;
        }
        else return null;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '’')) start--;
        return start < end && char.IsUpper(text[start]) ? (start, end) : null;
    }

    private static bool IsRegisterFamilyName(string text, (int Start, int End) family, int nameStart, NameEvidence evidence)
    {
        var word = text[family.Start..family.End];
        if (IsCapitalsFamilyName(word, evidence)) return true;
        var given = text[nameStart..].Split([' ', '\u00A0', ',', '.'], 2)[0];
        return TextScan.IsSentenceStart(text, family.Start) && IsPersonWord(word, evidence) && evidence.IsFirstName(given) && !evidence.IsOrdinary(given);
    }

    /// <summary>A word in capitals that is a family name: no acronym ("IND", "AVIM"), no ordinary word, no place or organisation.</summary>
    private static bool IsCapitalsFamilyName(string word, NameEvidence evidence) =>
        word.Length >= 4 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Count(c => "AEIOUYÄËÏÖÜÁÉÍÓÚ".Contains(c)) >= 1
        && !NameEvidence.IsKnownNonPerson(word) && (evidence.IsUnknown(word) || (evidence.IsSurname(word) && !NameLexicon.NotNames.Contains(word)));

    /// <summary>
    /// After initials a capitalised word is a family name when no list knows it, when it is a listed name that is no
    /// ordinary word, and, after particles or two initials, also when it is an ordinary word ("W.J. ter Borg", "A.B.
    /// Bakker"). A single initial may end a sentence ("zie bijlage B. Daarin …"), so there an ordinary word stays.
    /// </summary>
    private static bool IsNameAfterInitials(Match match, NameEvidence evidence)
    {
        var word = match.Groups["name"].Value;
        // "R.J. van 't Hof", "A. van der Raad": after "der", "den" or "'t" even an institution's word is the family name.
        if (NamesOnlyParticle(match.Groups["particles"].Value) && !NameLexicon.Particles.Contains(word)) return true;
        if (NameEvidence.IsNeverAnnouncedName(word) || (ProperNouns.Words.Contains(word) && !evidence.IsListedName(word))) return false;
        if (evidence.IsUnknownAfterCue(word) || (evidence.IsListedName(word) && !evidence.IsOrdinary(word))) return true;
        var initials = match.Groups["initials"].Value.Count(c => c == '.');
        return match.Groups["particles"].Length > 0 || (initials >= 2 && evidence.IsSurname(word));
    }

    private static bool NamesOnlyParticle(string particles) =>
        particles.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Any(p => p is "der" or "den" or "'t" or "’t");

    private static bool IsPersonWord(string word, NameEvidence evidence) =>
        !NameEvidence.IsKnownNonPerson(word) && (evidence.IsUnknown(word) || (evidence.IsListedName(word) && !evidence.IsOrdinary(word)));

    private static void Add(List<(int Start, int End)> names, int start, int end)
    {
        if (!names.Any(n => n.Start < end && start < n.End)) names.Add((start, end));
    }
}

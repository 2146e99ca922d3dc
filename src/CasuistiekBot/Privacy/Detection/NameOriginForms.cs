using System.Globalization;
using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Name forms of particular origins, used with the word list: the Chinese order, family name first ("Liu Yang", "Wang
/// Li": a listed family name of one Pinyin syllable and a given name of one or two); Surinamese-Chinese family names joined
/// by "A" ("Tjon A Fong", "Lie A Kwie"); Berber family names after "Ait" ("Ait Taleb"); and family names in capitals that
/// no list knows as a word: a double name ("MULDER-OOSTERHUIS") or a run of two or three ("HAILEMARIAM GEBRE").
/// </summary>
internal static partial class NameOriginForms
{
    [GeneratedRegex(@"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|ü)$", RegexOptions.CultureInvariant)]
    private static partial Regex PinyinSyllable();

    // The given name in a lookahead, so that "Met Wang Li" still tries "Wang Li" after "Met Wang".
    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<family>\p{Lu}\p{Ll}{1,5})(?=[ \u00A0]+(?<given>\p{Lu}\p{Ll}{1,11})(?![\p{L}\-'’]))", RegexOptions.CultureInvariant)]
    private static partial Regex TwoWords();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<first>\p{Lu}\p{Ll}{1,7})(?<a>[ \u00A0]A[ \u00A0]|-A-)(?<last>\p{Lu}\p{Ll}{1,9})(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedByA();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(?:Ait|Aït|Ayt|AIT)[ \u00A0\-](?<name>\p{Lu}[\p{L}]+)(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex Berber();

    [GeneratedRegex(@"(?<![\p{L}\-'’])\p{Lu}{3,}(?:-\p{Lu}{3,})?(?:[ \u00A0]+\p{Lu}{3,}(?:-\p{Lu}{3,})?){0,2}(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsRun();

    // "Ji-woo Park", "Park Ji-woo", "Seo-yeon Kim": a Korean given name of two syllables joined by a hyphen, the second in
    // lower case, next to a family name.
    [GeneratedRegex(@"(?<![\p{L}\-'’])(?:(?<given>\p{Lu}\p{Ll}{0,3}-\p{Ll}{2,4})[ \u00A0]+(?<family>\p{Lu}\p{Ll}{1,6})|(?<family>\p{Lu}\p{Ll}{1,6})[ \u00A0]+(?<given>\p{Lu}\p{Ll}{0,3}-\p{Ll}{2,4}))(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedGivenName();

    public static void Detect(string text, NameEvidence evidence, List<(int Start, int End)> names)
    {
        foreach (Match match in HyphenatedGivenName().Matches(text))
        {
            var given = match.Groups["given"].Value;
            var family = match.Groups["family"].Value;
            if (evidence.IsOrdinary(given) || NameEvidence.IsKnownNonPerson(given)) continue;
            // The shape of the given name is the evidence: the family name may be a word ("Park").
            if (NameEvidence.IsNeverName(family) || ProperNouns.Things.Contains(family) || NameWordContext.IsInstitutionWord(family)) continue;
            AddReplacing(names, match.Index, match.Index + match.Length);
        }
        foreach (Match match in TwoWords().Matches(text))
        {
            var family = match.Groups["family"].Value;
            var given = match.Groups["given"].Value;
            if (!evidence.IsSurname(family) || !IsPinyin(family, 1) || !IsPinyin(given, 2)) continue;
            // "Lin Mei": a month is a given name here, but not before a day or year ("Chen Mei 2024" stays a date's neighbour).
            if (PlaceLexicon.Words.Contains(given) || NameLexicon.Particles.Contains(given) || (ProperNouns.Words.Contains(given) && !evidence.IsListedName(given))) continue;
            var after = text.AsSpan(match.Groups["given"].Index + match.Groups["given"].Length).TrimStart(" \u00A0");
            if (after.Length > 0 && char.IsAsciiDigit(after[0])) continue;
            AddReplacing(names, match.Index, match.Groups["given"].Index + match.Groups["given"].Length);
        }
        foreach (Match match in JoinedByA().Matches(text))
        {
            // "Plan A Ook", "Type A Diabetes": ordinary words around the "A" are no family name.
            if (!IsNameWord(match.Groups["first"].Value, evidence) || !IsNameWord(match.Groups["last"].Value, evidence)) continue;
            AddReplacing(names, match.Index, match.Index + match.Length);
        }
        foreach (Match match in Berber().Matches(text))
        {
            if (!NameEvidence.IsKnownNonPerson(match.Groups["name"].Value)) AddReplacing(names, match.Index, match.Index + match.Length);
        }
        foreach (Match match in CapitalsRun().Matches(text))
        {
            var words = match.Value.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            var doubleName = words.Length == 1 && words[0].Contains('-');
            if (!doubleName && words.Length < 2) continue;
            var parts = words.SelectMany(w => w.Split('-')).Select(TitleCase).ToList();
            if (parts.All(p => IsCapitalsNamePart(p, evidence))) AddReplacing(names, match.Index, match.Index + match.Length);
        }
    }

    /// <summary>A word of the given number of Pinyin syllables at most ("Li", "Yang", "Xiaoming").</summary>
    private static bool IsPinyin(string word, int syllables)
    {
        var lower = word.ToLowerInvariant();
        if (PinyinSyllable().IsMatch(lower)) return true;
        if (syllables < 2) return false;
        for (var split = 1; split < lower.Length; split++)
        {
            if (PinyinSyllable().IsMatch(lower[..split]) && PinyinSyllable().IsMatch(lower[split..])) return true;
        }
        return false;
    }

    /// <summary>A listed name that is no ordinary word, or a word no list knows.</summary>
    private static bool IsNameWord(string word, NameEvidence evidence) =>
        !NameEvidence.IsKnownNonPerson(word) && ((evidence.IsListedName(word) && !evidence.IsOrdinary(word)) || evidence.IsUnknown(word));

    /// <summary>A part of a name in capitals: a listed family name or a word no list knows, with a vowel; no acronym, place or word.</summary>
    private static bool IsCapitalsNamePart(string word, NameEvidence evidence) =>
        word.Length >= 3 && word.Any(c => "aeiouyäëïöüáéíóúàèìòù".Contains(char.ToLowerInvariant(c)))
        && !NameEvidence.IsKnownNonPerson(word) && !NameLexicon.NotNames.Contains(word)
        && (evidence.IsUnknown(word) || (evidence.IsSurname(word) && (word.Length >= 4 || !evidence.IsOrdinary(word))));

    private static string TitleCase(string word) => word[..1] + word[1..].ToLower(CultureInfo.InvariantCulture);

    /// <summary>Adds the span; names inside it give way to it, a name that only partly overlaps keeps its place.</summary>
    internal static void AddReplacing(List<(int Start, int End)> names, int start, int end)
    {
        if (names.Any(n => n.Start < end && start < n.End && (n.Start < start || n.End > end))) return;
        names.RemoveAll(n => n.Start >= start && n.End <= end);
        names.Add((start, end));
    }
}

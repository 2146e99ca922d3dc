using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Names announced by their form, used with the word list: a capitalised Arabic or Berber particle before a family name
/// no list knows ("El Mouden heeft"), and two words no list knows joined by "en" as the subject of a plural verb about
/// people ("Chinonso en Chidinma zijn een tweeling van 12").
/// </summary>
internal static partial class ParticleAndPairNames
{
    // "El Mouden (ja, met hoofdletter E) heeft", "Ben Hamida belde": an Arabic or Berber particle written with a capital
    // before a family name no list knows.
    [GeneratedRegex(@"(?<![\p{L}\-'’])(?:El|Al|Ben|Abu|Bou|Ould|Ait)[ \u00A0]+(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicParticleName();

    // "Chinonso en Chidinma zijn een tweeling van 12": two words no list knows joined by "en", the subject of a plural verb.
    [GeneratedRegex(@"(?<![\p{L}\-'’])(?<a>\p{Lu}\p{Ll}+)[ \u00A0]+(?:en|and|&)[ \u00A0]+(?<b>\p{Lu}\p{Ll}+)[ \u00A0]+(?i:zijn|waren|hebben|hadden|wonen|woonden|willen|wilden|kunnen|konden|moeten|moesten|mogen|mochten|gaan|gingen|komen|kwamen|krijgen|kregen|zitten|zaten|are|were|have|had|live|lived|want|wanted)(?![\p{L}])(?<rest>[^.?!\n\r]*)", RegexOptions.CultureInvariant)]
    private static partial Regex PairAsSubject();

    // What only people are or have: "een tweeling", "broers", "hun moeder", an age.
    [GeneratedRegex(@"(?<![\p{L}])(?i:tweeling|twins|broers|zussen|broer\s+en\s+zus|zus\s+en\s+broer|siblings|brothers|sisters|getrouwd|married|gescheiden|ouders|parents|kinderen|children|hun|their|minderjarig|meerderjarig|minors?|\d{1,2}\s+(?:jaar|years)|(?:van|aged)\s+\d{1,2}(?![\d.,:/\-]))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleCue();

    public static void Detect(string text, NameEvidence evidence, List<(int Start, int End)> names)
    {
        var phrases = ProperNouns.PhrasesIn(text);
        foreach (Match match in ArabicParticleName().Matches(text))
        {
            var name = match.Groups["name"].Value;
            if (phrases.Any(p => p.Start < match.Index + match.Length && match.Index < p.End)) continue;
            if (IsThing(name, evidence) || NameWordContext.IsInstitutionWord(name) || !(evidence.IsUnknown(name) || (evidence.IsSurname(name) && !evidence.IsOrdinary(name)))) continue;
            if (NextWord(text, match.Index + match.Length) is { Length: > 0 } next && char.IsUpper(next[0])) continue;
            Add(names, match.Index, match.Index + match.Length);
        }
        foreach (Match match in PairAsSubject().Matches(text))
        {
            if (!evidence.IsUnknown(match.Groups["a"].Value) || !evidence.IsUnknown(match.Groups["b"].Value)) continue;
            if (!PeopleCue().IsMatch(match.Groups["rest"].Value)) continue;
            Add(names, match.Groups["a"].Index, match.Groups["a"].Index + match.Groups["a"].Length);
            Add(names, match.Groups["b"].Index, match.Groups["b"].Index + match.Groups["b"].Length);
        }
    }

    private static bool IsThing(string word, NameEvidence evidence) =>
        NameEvidence.IsNeverAnnouncedName(word) || StreetWords.IsStreetWord(word) || (NameEvidence.IsKnownNonPerson(word) && !evidence.IsListedName(word));

    private static string NextWord(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        if (i == position) return "";
        var end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[i..end];
    }

    private static void Add(List<(int Start, int End)> names, int start, int end)
    {
        if (!names.Any(n => n.Start < end && start < n.End)) names.Add((start, end));
    }
}

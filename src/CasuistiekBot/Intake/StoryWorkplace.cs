using System.Text.RegularExpressions;

namespace CasuistiekBot.Intake;

/// <summary>
/// Where the author says they work: a known organisation of Justice and Security, named in a sentence where the author
/// says they work there ("ik werk bij de IND, directie Asiel en Bescherming", "ik ben casemanager bij DT&amp;V", "I work
/// at the CJIB"), with the unit that follows it (", regio Oost", " in PI Vught"). An organisation named as someone else
/// ("een brief van de IND", "meldingen van het COA") is not the author's; two different ones are asked.
/// </summary>
internal static partial class StoryWorkplace
{
    private const int MaxUnitWords = 7;

    private static readonly string[] UnitWords =
    [
        "directie", "afdeling", "team", "regio", "locatie", "vestiging", "unit", "sector", "cluster", "dienst", "kantoor",
        "pi", "jji", "fpc", "directorate", "department", "location", "region", "office", "division",
    ];

    public static string? Read(IReadOnlyList<string> sentences)
    {
        var found = new List<string>();
        foreach (var sentence in sentences)
        {
            foreach (Match match in Organisation().Matches(sentence))
            {
                if (!WorksThere(sentence, sentence[..match.Index])) continue;
                var unit = Unit(sentence[(match.Index + match.Length)..]);
                found.Add(unit is null ? match.Value : $"{match.Value}, {unit}");
            }
            if (OwnUnitOf().Match(sentence) is { Success: true } own)
            {
                found.Add($"{own.Groups["org"].Value}, {own.Groups["unit"].Value.Trim()}");
            }
        }
        var organisations = found.Select(f => f.Split(',')[0].Trim().ToUpperInvariant()).Distinct().Count();
        return organisations == 1 ? found.OrderByDescending(f => f.Length).First() : null;
    }

    // "ik werk (als ...) bij", "ik ben ... bij", "ik zit bij", "I work at", "I'm a ... at", "als raadsonderzoeker bij",
    // or a sentence that opens with "bij het CJIB" and speaks of "we".
    private static bool WorksThere(string sentence, string before)
    {
        if (!WorkPreposition().IsMatch(before)) return false;
        var lead = WorkPreposition().Replace(before, "");
        if (Contact().IsMatch(lead)) return false;
        return SelfAtWork().IsMatch(lead) || RoleOpening().IsMatch(lead) || (lead.Trim().Length == 0 && FirstPerson().IsMatch(sentence));
    }

    // What follows the organisation: "in/op" and a unit name ("in PI Vught", "in Den Bosch"), or appositions that name
    // a unit (", directie Asiel en Bescherming, team Zwolle"); a clause (", moet ik ...", ", as a ...") ends them.
    private static string? Unit(string after)
    {
        if (InPlace().Match(after) is { Success: true } place) return place.Groups["unit"].Value.Trim();
        if (!after.TrimStart().StartsWith(',')) return null;
        var parts = new List<string>();
        foreach (var segment in after.Split(',').Skip(1))
        {
            var trimmed = segment.Trim().TrimEnd('.', '!', '?', ';', ':');
            var part = LeadingPreposition().Replace(trimmed, "");
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > MaxUnitWords || Pronoun().IsMatch(part)) break;
            var unitLike = UnitWords.Contains(words[0].ToLowerInvariant()) || (char.IsUpper(words[0][0]) && !words.Any(w => Verbish().IsMatch(w)));
            // ", bij de screening voor de VOG": a second "bij" names a part of the organisation too.
            if (!unitLike && part == trimmed) break;
            parts.Add(part);
        }
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    [GeneratedRegex(@"(?<![\w&])(?:(?-i:IND|DJI|CJIB|COA|DT&V|RvdK|NFI|JenV)|Justis|Reclassering Nederland|Reclassering|Raad voor de Kinderbescherming|Raad voor Rechtsbijstand|Dienst Justitiële Inrichtingen|Immigratie- en Naturalisatiedienst|Centraal Justitieel Incassobureau|Dienst Terugkeer (?:en|&) Vertrek|Nederlands Forensisch Instituut|Slachtofferhulp Nederland|Child Protection Board|Legal Aid Board|Probation Service|Custodial Institutions Agency|Immigration and Naturalisation Service|Repatriation and Departure Service)(?![\w&])", RegexOptions.IgnoreCase)]
    private static partial Regex Organisation();

    [GeneratedRegex(@"\b(?:bij|at|for)\s+(?:de\s+|het\s+|the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WorkPreposition();

    [GeneratedRegex(@"\b(?:ik|wij|we|i)\b.*\b(?:werk\w*|ben|zit\w*|work\w*|am|m|employed)\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SelfAtWork();

    [GeneratedRegex(@"^\s*(?:als|as)\s+\w+(?:\s+\w+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleOpening();
    // "besproken met iemand bij", "gebeld door", "a letter from": the organisation is someone else's.
    [GeneratedRegex(@"\b(?:met|door|van|from|with|by|gemeld|aangekaart|voorgelegd|navraag|ingediend|gebeld|gemaild|contacted|called|asked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    [GeneratedRegex(@"^\s+(?:in|op)\s+(?<unit>(?:(?:de|het)\s+)?(?:\p{Lu}[\w&-]*|(?:locatie|vestiging|regio|team|afdeling|location|region))(?:\s+\p{Lu}[\w&-]*)+|\p{Lu}[\w&-]+(?:\s+\p{Lu}[\w&-]*)*)", RegexOptions.None)]
    private static partial Regex InPlace();

    // "bij ons op de afdeling Bezwaar van het CJIB".
    [GeneratedRegex(@"\b(?:bij ons|in ons team)\s+(?:op|in|bij)\s+(?:de|het)\s+(?<unit>(?:afdeling|team|directie|locatie|unit)\s+\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*)\s+van\s+(?:de\s+|het\s+)?(?<org>(?-i:IND|DJI|CJIB|COA|DT&V|NFI)|Justis|Reclassering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnUnitOf();

    [GeneratedRegex(@"^(?:bij|at|in|op)\s+(?:de\s+|het\s+|the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"\b(?:ik|wij|we|i|my|mijn|ons|onze|our|hij|zij|ze|he|she|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:ik|wij|we|i|mijn|ons|onze|my|our)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"^(?:moet|heb|ben|is|wordt|krijg|krijgen|zie|als|as|maar|but|and|en)$", RegexOptions.IgnoreCase)]
    private static partial Regex Verbish();
}

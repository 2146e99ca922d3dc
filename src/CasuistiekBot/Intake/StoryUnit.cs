using System.Text.RegularExpressions;

namespace CasuistiekBot.Intake;

/// <summary>
/// The unit around an organisation the author works at, as they state it and no shorter: appositions that name a part
/// of it (", directie Asiel en Bescherming, unit Zwolle en heb ..." gives both, up to where the sentence goes on), a unit
/// or place after "in"/"op" ("op de afdeling Inning", "op het azc in Budel"), and in English the unit named before the
/// organisation ("in the DNA department at the NFI", "on the Dublin team at the IND"). A place right after the
/// organisation is its seat, not the unit, when a unit is named after it ("het CJIB in Leeuwarden, team Internationale
/// Inning").
/// </summary>
internal static partial class StoryUnit
{
    private const int MaxUnitWords = 7;

    private static readonly string[] UnitWords =
    [
        "directie", "afdeling", "team", "regio", "locatie", "vestiging", "unit", "sector", "cluster", "dienst", "kantoor", "dg",
        "pi", "jji", "fpc", "azc", "directorate", "department", "location", "region", "office", "division",
        "loket", "balie", "desk", "branch", "site", "centre", "center", "section", "parket", "arrondissementsparket", "ressortsparket",
    ];

    // "I'm a forensic analyst in the DNA department at the": the unit named before the organisation.
    // "Medewerker Incasso bij het CJIB": the word after a job is the unit only when nothing after the organisation names
    // one ("medewerker Arbeid bij DJI, PI Almelo" works in PI Almelo).
    public static string? Before(string lead, bool nothingAfter = true) =>
        UnitBefore().Match(lead) is { Success: true } m ? m.Groups["unit"].Value.Trim()
        : nothingAfter && JobOfUnit().Match(lead) is { Success: true } job ? job.Groups["unit"].Value.Trim() : null;

    // "Medewerker Incasso bij het CJIB", "employee Klantcontact at the": the job names the part of the organisation.
    [GeneratedRegex(@"\b(?i:medewerker|employee)\s+(?<unit>\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*)\s+(?i:bij|van|at|of)\s+(?i:de\s+|het\s+|the\s+)?$", RegexOptions.None)]
    private static partial Regex JobOfUnit();

    public static string? After(string after)
    {
        var rest = RoleAfter().Replace(after, "", 1);
        string? place = null;
        if (UnitNounAfter().Match(rest) is { Success: true } noun)
        {
            // "the COA location in Budel", "the IND's asylum directorate": the unit named right after the organisation.
            place = noun.Groups["unit"].Value.Trim();
            rest = rest[noun.Length..];
        }
        else if (InPlace().Match(rest) is { Success: true } match)
        {
            place = match.Groups["unit"].Value.Trim();
            rest = rest[match.Length..];
        }
        else if (DirectName().Match(rest) is { Success: true } direct)
        {
            // "IND Regular Residence and Citizenship (RVN)", "het CJIB Leeuwarden": a name right after the organisation.
            place = direct.Groups["unit"].Value.Trim();
            rest = rest[direct.Length..];
        }
        var parts = Appositions(rest);
        if (place is not null) parts.Insert(0, place);
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    // ", directie Asiel en Bescherming, unit Zwolle en heb een ...": each part up to where the sentence goes on.
    private static List<string> Appositions(string rest)
    {
        var parts = new List<string>();
        if (Aside().Match(rest) is { Success: true } first && UnitAside(first.Groups["aside"].Value))
        {
            // "location Ter Apel (intake team), I'm ...": a unit in brackets right after the name belongs to it.
            parts.Add($"({first.Groups["aside"].Value.Trim()})");
            rest = rest[first.Length..];
        }
        var end = ListEnd().Match(rest) is { Success: true } stop ? stop.Index : rest.Length;
        var list = rest[..end];
        if (list.TrimStart().StartsWith(',') == false && InAfterUnit().Match(list) is { Success: true } place)
        {
            return [place.Groups["place"].Value.Trim()];
        }
        if (!list.TrimStart().StartsWith(',')) return parts;
        foreach (var segment in list.Split(',').Skip(1))
        {
            var trimmed = segment.Trim().TrimEnd('.', '!', '?');
            var part = LeadingPreposition().Replace(trimmed, "");
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) break;
            // "directie Asiel en Bescherming", "Regulier", and in English the unit word last: "screening unit".
            var unitLike = UnitWords.Contains(words[0].ToLowerInvariant()) || (char.IsUpper(words[0][0]) && !words.Where((w, i) => !IsJoiner(words, i)).Any(w => Verbish().IsMatch(w)))
                || LowerNounAndName().IsMatch(part)
                || (words.Length <= 3 && UnitWords.Contains(words[^1].ToLowerInvariant()) && !words.Any(w => Verbish().IsMatch(w) || SmallWord().IsMatch(w)));
            // ", bij de screening voor de VOG": a second "bij" names a part of the organisation too.
            if (words.Length <= MaxUnitWords && !Pronoun().IsMatch(part) && (unitLike || part != trimmed))
            {
                parts.Add(part);
                continue;
            }
            // The sentence goes on after the name ("unit Zwolle en heb een ..."): the name is the last part.
            if (NamePhrase().Match(part) is { Success: true } name && ContinuesAfter().IsMatch(part[name.Length..])) parts.Add(name.Value.Trim());
            return parts;
        }
        if (end < rest.Length && Aside().Match(rest[end..]) is { Success: true } last && UnitAside(last.Groups["aside"].Value)) parts.Add($"({last.Groups["aside"].Value.Trim()})");
        return parts;
    }


    // "Asylum and Protection directorate", "Asiel en Bescherming": "and" between capitalised words joins one name.
    private static bool IsJoiner(string[] words, int i) =>
        words[i] is "en" or "and" or "&" && i > 0 && i + 1 < words.Length && char.IsUpper(words[i - 1][0]) && char.IsUpper(words[i + 1][0]);

    // "arrondissementsparket Noord-Holland", "regiokantoor Oost": a word for a part of an organisation and its name.
    [GeneratedRegex(@"^\p{Ll}{4,}(?:parket|kantoor|loket|afdeling|team|locatie|vestiging|regio|unit|directie|dienst|centrum|office|centre|center|unit)\s+\p{Lu}[\w&'-]*(?:\s+\p{Lu}[\w&'-]*){0,3}$", RegexOptions.None)]
    private static partial Regex LowerNounAndName();

    // A unit in brackets, "(intake team)", "(VOG)", not a job, "(HB-medewerker)".
    private static bool UnitAside(string aside)
    {
        var words = aside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 3 && !StoryWorkplace.Organisations.IsMatch(aside) && (words.Any(w => UnitWords.Contains(w.ToLowerInvariant())) || (words.Length == 1 && Abbreviation().IsMatch(words[0])));
    }

    [GeneratedRegex(@"^\s*\((?<aside>[^()]{1,40})\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"^\p{Lu}{2,6}$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^(?:and|en|de|het|the|a|an|een|in|with|met|of|van|to|naar)$", RegexOptions.IgnoreCase)]
    private static partial Regex SmallWord();

    [GeneratedRegex(@"\b(?:in|on|with)\s+the\s+(?<unit>(?:\p{Lu}[\w&'-]*\s+)+(?:team|department|unit|directorate|division|section|location)|(?:[\p{Ll}&'-]+\s+){1,3}(?:team|department|unit|directorate|division|section))\s+(?:at|of|with)\s+(?:the\s+)?$", RegexOptions.None)]
    private static partial Regex UnitBefore();

    [GeneratedRegex(@"^(?:'s\s+(?<unit>(?:[\p{L}-]+\s+){1,4}?(?i:directorate|department|unit|team|office|location|division))\b|[\s-]*(?<unit>(?i:location|locatie|vestiging|office|kantoor|team|afdeling|department|unit|regio|region|azc|desk|loket|balie|branch|site)\s+(?:in\s+|te\s+)?\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)*))", RegexOptions.None)]
    private static partial Regex UnitNounAfter();

    [GeneratedRegex(@"^\s+(?<unit>\p{Lu}[\w&'-]*(?:\s+(?:(?:en|and|van|voor|of|&)\s+)?\p{Lu}[\w&'-]*)*)(?=\s*(?:[,.;:(]|$))", RegexOptions.None)]
    private static partial Regex DirectName();

    // ", als woonbegeleider op het azc", ", as a case manager": the role is not the unit.
    [GeneratedRegex(@"^\s*(?:als|as)\s+(?:an?\s+)?[\p{Ll}\p{Lu}][\w'-]*", RegexOptions.None)]
    private static partial Regex RoleAfter();

    [GeneratedRegex(@"^\s+(?:in|op|at|te)\s+(?:de\s+|het\s+|the\s+)?(?<unit>(?:(?:locatie|vestiging|regio|team|afdeling|unit|azc|location|region)\s+(?:in\s+)?\p{Lu}[\w&'-]*(?:\s+\p{Lu}[\w&'-]*)*|\p{Lu}[\w&'-]*(?:\s+\p{Lu}[\w&'-]*)*(?:(?:\s+\p{Ll}+)?\s+(?:location|office|team|department|unit|centre|center|desk|branch|site|facility))?))", RegexOptions.None)]
    private static partial Regex InPlace();

    // "afdeling Toevoegingen in Den Bosch": a place after the unit belongs to it.
    [GeneratedRegex(@"^\s+in\s+(?<place>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)*)", RegexOptions.None)]
    private static partial Regex InAfterUnit();

    // The list of parts ends at a colon, semicolon, bracket or the end of the sentence.
    [GeneratedRegex(@"[:;()]|[.!?](?:\s|$)")]
    private static partial Regex ListEnd();

    // A unit word or a capitalised name, with capitalised words joined by small words: "unit Zwolle", "Asiel en Bescherming".
    [GeneratedRegex(@"^(?:(?i:directie|afdeling|team|regio|locatie|vestiging|unit|sector|dienst|dg)\s+)?\p{Lu}[\w&'-]*(?:\s+(?:(?:en|van|voor|de|der|&)\s+)?\p{Lu}[\w&'-]*)*(?:\s+(?:in|te)\s+\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)*)?", RegexOptions.None)]
    private static partial Regex NamePhrase();

    // "... unit Verblijf in Den Bosch zien we dat": a verb with its subject after it goes on with the sentence.
    [GeneratedRegex(@"^\s+(?:(?:en|and|maar|but|waar|where|die|dat|who|that|sinds|since)\b|\p{Ll}+\s+(?:ik|we|wij|ze|zij|je|jij)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesAfter();

    [GeneratedRegex(@"^(?:(?:based|gevestigd|located)\s+)?(?:bij|at|in|op|on)\s+(?:de\s+|het\s+|the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"\b(?:ik|wij|we|i|my|mijn|ons|onze|our|hij|zij|ze|he|she|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:moet|heb|ben|is|wordt|krijg|krijgen|zie|als|as|maar|but|and|en)$", RegexOptions.IgnoreCase)]
    private static partial Regex Verbish();
}

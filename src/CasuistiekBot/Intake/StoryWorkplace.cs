using System.Text.RegularExpressions;

namespace CasuistiekBot.Intake;

/// <summary>
/// Where the author says they work: an organisation of Justice and Security named in a sentence where the author says
/// they work there ("ik werk bij de IND, directie Asiel en Bescherming", "werkzaam bij het COA", "vanuit mijn rol als
/// bewonerscoördinator bij het COA", "I'm a case manager with DT&amp;V"), with the unit around it (<see cref="StoryUnit"/>).
/// A DJI establishment or a COA reception centre where the author works names its organisation too ("ik ben groepsleider
/// in JJI Den Hey-Acker"). An organisation named as someone else ("een brief van de IND", "meldingen van het COA") is
/// not the author's; two different ones are asked.
/// </summary>
internal static partial class StoryWorkplace
{
    public static string? Read(IReadOnlyList<string> sentences)
    {
        var found = new List<(string Organisation, string Read)>();
        foreach (var sentence in sentences.Select(s => ShortDirectorate().Replace(ShortDepartment().Replace(s, "afdeling"), "directie")))
        {
            foreach (Match match in Organisation().Matches(sentence))
            {
                var rest = sentence[(match.Index + match.Length)..];
                var compound = Compound().Match(rest);
                // "Ik ben COA-medewerker op ...", "als Halt-medewerker": the organisation is part of the author's job.
                var ownJob = compound.Success && RoleAtEnd().IsMatch(compound.Groups["word"].Value) && SelfAtWork().IsMatch(sentence[..match.Index] + " ");
                if (!ownJob && !WorksThere(sentence, sentence[..match.Index])) continue;
                var name = Canonical(match.Value);
                if (compound.Success && !ownJob)
                {
                    // "het IND-loket in Amsterdam", "de COA-locatie Zwolle": the unit is written onto the organisation's name.
                    name = $"{name}-{compound.Groups["word"].Value}";
                    rest = rest[compound.Length..];
                    if (PlaceName().Match(rest) is { Success: true } place)
                    {
                        name = $"{name} {place.Groups["name"].Value}";
                        rest = rest[place.Length..];
                    }
                }
                else if (ownJob) rest = "";
                var after = StoryUnit.After(rest);
                var before = StoryUnit.Before(sentence[..match.Index], after is null);
                found.Add((Canonical(match.Value).ToUpperInvariant(), string.Join(", ", new[] { name, before, after }.Where(p => p is not null))));
            }
            foreach (Match place in Establishment().Matches(sentence))
            {
                if (!WorksThere(sentence, sentence[..place.Index])) continue;
                var organisation = place.Groups["coa"].Success ? "COA" : "DJI";
                var after = StoryUnit.After(sentence[(place.Index + place.Length)..]);
                found.Add((organisation, string.Join(", ", new[] { organisation, place.Groups["name"].Value.Trim(), after }.Where(p => p is not null))));
            }
            if (StoryHeading.Read(sentence) is { } heading) found.Add(heading);
            if (OwnUnitOf().Match(sentence) is { Success: true } own)
            {
                var name = Canonical(own.Groups["org"].Value);
                found.Add((name.ToUpperInvariant(), $"{name}, {own.Groups["unit"].Value.Trim()}"));
            }
        }
        return found.Select(f => f.Organisation).Distinct().Count() == 1 ? found.OrderByDescending(f => f.Read.Length).First().Read : null;
    }

    [GeneratedRegex(@"\bdir\.", RegexOptions.IgnoreCase)]
    private static partial Regex ShortDirectorate();

    [GeneratedRegex(@"\bafd\.", RegexOptions.IgnoreCase)]
    private static partial Regex ShortDepartment();

    // "het departement" and "the ministry" are the ministry itself.
    // The agencies known by their abbreviation are written so: "Dienst Terugkeer en Vertrek" is "DT&V".
    internal static string Canonical(string organisation) =>
        Ministry().IsMatch(organisation) ? "Ministerie van JenV"
        : Abbreviations.Where(a => organisation.StartsWith(a.Name, StringComparison.OrdinalIgnoreCase)).Select(a => a.Short).FirstOrDefault(organisation);

    private static readonly (string Name, string Short)[] Abbreviations =
    [
        ("Dienst Terugkeer", "DT&V"), ("Immigratie- en Naturalisatiedienst", "IND"), ("Dienst Justitiële Inrichtingen", "DJI"),
        ("Centraal Justitieel Incassobureau", "CJIB"), ("Nederlands Forensisch Instituut", "NFI"),
    ];

    // "ik werk (als ...) bij", "ik ben ... bij", "ik zit bij", "I work at", "I'm a ... with", "als raadsonderzoeker bij",
    // "vanuit mijn rol als ... bij", "Reclasseringswerker bij", "Werkzaam bij", or a sentence that opens with "bij het
    // CJIB" or "vanuit DJI" and speaks of "we" or "ik".
    private static bool WorksThere(string sentence, string before)
    {
        // Only the line the organisation is on: "Geachte coördinatoren,\n\nVanuit de DT&V ...".
        before = before[(before.LastIndexOf('\n') + 1)..];
        if (WorkPreposition().Match(before) is not { Success: true } preposition) return false;
        var lead = before[..preposition.Index];
        if (Contact().IsMatch(lead)) return false;
        if (HereAt().IsMatch(lead)) return FirstPerson().IsMatch(sentence);
        if (lead.Trim().Length == 0) return preposition.Groups["p"].Value.ToLowerInvariant() is "bij" or "vanuit" or "at" && FirstPerson().IsMatch(sentence);
        if (RoleOpening().IsMatch(lead)) return true;
        // "with", "in" and "op" say where one works only after a job ("I'm a case manager with", "ik ben groepsleider in",
        // "ik werk op"): "I work closely with the COA" and "ik ben boos op de IND" do not.
        return preposition.Groups["p"].Value.ToLowerInvariant() switch
        {
            "with" => (SelfAtWork().IsMatch(lead) && RoleAtEnd().IsMatch(lead)) || ImWith().IsMatch(lead),
            // "ik werk aan de balie van het IND-loket", "I'm part of the DT&V team", "medewerker van de IND": "van" and
            // "of" say where one works only after a verb of working or a job.
            "van" or "of" => (SelfAtWork().IsMatch(lead) && (Working().IsMatch(lead) || RoleAtEnd().IsMatch(lead) || PartOf().IsMatch(lead))) || JobAtEnd().IsMatch(lead),
            "in" or "op" => SelfAtWork().IsMatch(lead) && (RoleAtEnd().IsMatch(lead) || WorkVerb().IsMatch(lead)),
            _ => SelfAtWork().IsMatch(lead),
        };
    }

    internal static Regex Organisations => Organisation();

    [GeneratedRegex(@"(?<![\w&])(?:(?-i:IND|DJI|CJIB|COA|DT&V|RvdK|NFI|JenV|LBIO|OM|Justid|Halt|KMar|NCTV|RSJ|Nationale Politie|Politie)|Justis|Reclassering Nederland|Reclassering|Schadefonds Geweldsmisdrijven|Koninklijke Marechaussee|Leger des Heils(?: Jeugdbescherming (?:&|en) Reclassering)?|Raad voor Strafrechtstoepassing en Jeugdbescherming|Dutch National Police|National Police|Royal Netherlands Marechaussee|Raad voor de Kinderbescherming|Raad voor Rechtsbijstand|Dienst Justitiële Inrichtingen|Immigratie- en Naturalisatiedienst|Centraal Justitieel Incassobureau|Dienst Terugkeer (?:en|&) Vertrek|Nederlands Forensisch Instituut|Landelijk Bureau Inning Onderhoudsbijdragen|Openbaar Ministerie|Slachtofferhulp Nederland|Child Protection Board|Legal Aid Board|Probation Service|Custodial Institutions Agency|Immigration and Naturalisation Service|Repatriation and Departure Service|Public Prosecution Service|(?-i:het departement)|(?:het )?ministerie van (?:JenV|Justitie en Veiligheid)|(?-i:the [Mm]inistry)(?: of Justice and Security)?)(?![\w&])", RegexOptions.IgnoreCase)]
    private static partial Regex Organisation();

    // A word written onto the organisation with a hyphen: "IND-loket", "COA-locatie", "Halt-medewerker".
    [GeneratedRegex(@"^-(?<word>\p{Ll}{3,})\b")]
    private static partial Regex Compound();

    // "de COA-locatie Zwolle": the place named after a compound.
    [GeneratedRegex(@"^\s+(?<name>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)*)")]
    private static partial Regex PlaceName();

    // "I'm with CJIB", "we're with the COA": being with an organisation is working there.
    [GeneratedRegex(@"(?:^|[\s,])(?:i'?m|i am|we'?re|we are)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ImWith();

    [GeneratedRegex(@"departement|ministerie|ministry", RegexOptions.IgnoreCase)]
    private static partial Regex Ministry();

    // A DJI establishment or a COA centre right after where the author works: "in JJI Den Hey-Acker", "op het azc in Budel".
    [GeneratedRegex(@"(?<=\b(?i:in|op|bij|at)\s+(?i:de\s+|het\s+|the\s+)?)(?<name>(?:(?:PI|JJI|FPC)|(?i:Penitentiaire Inrichting|Justitiële Jeugdinrichting|Detentiecentrum|Justitieel Complex)|(?<coa>(?i:azc)))\s+(?:in\s+)?\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*)*)", RegexOptions.None)]
    private static partial Regex Establishment();

    [GeneratedRegex(@"(?:^|\b)(?<p>bij|at|for|with|vanuit|op|in|van|of)\s+(?:de\s+|het\s+|the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WorkPreposition();

    [GeneratedRegex(@"\b(?:ik|wij|we|i)\b.*\b(?:werk\w*|ben|zit\w*|work\w*|am|m|employed)\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SelfAtWork();

    // A job right before the preposition: "ben groepsleider", "I'm a case manager", "I'm on the Dublin team".
    [GeneratedRegex(@"(?:\p{L}{3,}(?:werker|medewerker|leider|manager|co[oö]rdinator|begeleider|ist|er|or|eur|officer|analyst|team|department|unit)|\b(?:werkzaam|employed|based)|\b(?i:medewerker|employee)\s+(?-i:\p{Lu})[\w-]*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAtEnd();

    [GeneratedRegex(@"\b(?:werk|werken|zit|zitten|work|working)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkVerb();

    [GeneratedRegex(@"\b(?:werk|werken|work|working)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Working();

    [GeneratedRegex(@"\b(?:part|member|lid|onderdeel)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    // "medewerker van de", "medewerker Incasso van het": a job word right before, with at most a unit's name after it.
    [GeneratedRegex(@"\b(?:medewerker|employee|staff member|werknemer)(?:\s+\p{Lu}[\w-]*)*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex JobAtEnd();

    // "als raadsonderzoeker", "vanuit mijn functie als beslismedewerker", "Werkzaam", "Reclasseringswerker" (one word
    // for a job, opening the sentence).
    [GeneratedRegex(@"^\s*(?i:(?:(?:vanuit|in)\s+(?:mijn|my)\s+(?:functie|rol|role|position|job)\s+)?(?:als|as)\s+\S+(?:\s+\S+)?|werkzaam|employed)\s*$|^\s*\p{Lu}\p{Ll}+(?:werker|medewerker|leider|manager|co[oö]rdinator|begeleider|ist|er|or|eur|officer|analyst)(?:\s+\p{Lu}[\w-]*)?\s*$", RegexOptions.None)]
    private static partial Regex RoleOpening();

    // "besproken met iemand bij", "gebeld door", "a letter from", "in contact with": the organisation is someone else's.
    [GeneratedRegex(@"\b(?:met|door|van|from|with|by|gemeld|aangekaart|voorgelegd|navraag|ingediend|gebeld|gemaild|contacted|called|asked|contact|touch|dealing|talking|spoke|spoken|overleg)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    // "bij ons op de afdeling Bezwaar van het CJIB", "wij op de unit Toezicht van de Reclassering", "ik werk als jurist
    // op de afdeling Bezwaar van het CJIB".
    [GeneratedRegex(@"\b(?:bij ons|in ons team|wij|we|ik (?:werk|zit)(?:\s+als\s+\S+)?|ik ben\s+\S+)\s+(?:hier\s+)?(?:op|in|bij)\s+(?:(?:de|het)\s+)?(?<unit>(?:afdeling|team|directie|locatie|unit)\s+\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*)\s+van\s+(?:de\s+|het\s+)?(?<org>(?-i:IND|DJI|CJIB|COA|DT&V|NFI|LBIO)|Justis|Reclassering)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnUnitOf();

    [GeneratedRegex(@"\b(?:ik|wij|we|i|mijn|ons|onze|my|our)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    // "Here at the CJIB we ...", "Hier bij de IND zien we ...", "Wij hier bij het CJIB".
    [GeneratedRegex(@"^\s*(?:(?:wij|we|ik)\s+)?(?:here|hier)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HereAt();
}

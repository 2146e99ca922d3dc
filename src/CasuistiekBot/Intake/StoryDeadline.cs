using System.Text.RegularExpressions;
using CasuistiekBot.Understanding;

namespace CasuistiekBot.Intake;

/// <summary>What a story says about by when: one date, no hurry, or nothing the bot may take without asking.</summary>
internal sealed partial record StoryDeadline(DateOnly? Date, bool NoHurry)
{
    public static readonly StoryDeadline NotSaid = new(null, false);

    private const int HorizonMonths = 6;

    /// <summary>
    /// Dates are read with the answer reader (<see cref="DateReader"/>), but only in clauses about a decision or a time
    /// limit: a story is full of dates that are no deadline ("sinds 1 september", "de zitting zelf is op 3 november",
    /// "his daughter is getting married on 6 February"). A clause with a time-limit word ("uiterlijk vrijdag", "de
    /// beslistermijn verloopt op 30 januari", "before 21 April") comes first; only when there is none does a clause
    /// with something that must be done by then count ("morgen moet ik de melding doen", "over twee weken moet het advies
    /// eruit", "before our report goes to the court on 21 December", "neerleggen bij het MT van volgende week dinsdag").
    /// "Zo snel mogelijk" without a date is today, as it is for the question; "geen haast" is no hurry. Two different
    /// dates in the same tier, or urgency and no hurry together, are asked.
    /// </summary>
    public static StoryDeadline Read(IReadOnlyList<string> sentences, DateOnly today, string language)
    {
        var clauses = sentences.SelectMany(s => ClauseBreak().Split(s)).Where(c => c.Trim().Length > 0).ToList();
        var dates = Dates(clauses.Where(c => (DeadlineCue().IsMatch(c) || WithinForAuthor(c)) && !EventDate().IsMatch(c)), today, language);
        if (dates.Count == 0) dates = Dates(clauses.Where(c => DueCue().IsMatch(c) && !EventDate().IsMatch(c) && !Hearing().IsMatch(c)), today, language);
        if (dates.Count > 1) return NotSaid;
        if (dates.Count == 1) return new StoryDeadline(dates[0], false);
        var urgent = sentences.Any(s => UrgentCue().IsMatch(s));
        var noHurry = sentences.Any(s => NoHurryCue().IsMatch(s));
        if (urgent == noHurry) return NotSaid;
        return urgent ? new StoryDeadline(today, false) : new StoryDeadline(null, true);
    }

    // A date more than half a year ahead is more likely one without its year that has passed ("op 12 februari
    // besloten", told in March) than a deadline: it is asked.
    private static List<DateOnly> Dates(IEnumerable<string> texts, DateOnly today, string language) => texts
        .Select(s => DateReader.Read(s, today, language))
        .Where(a => a is { Kind: DateAnswerKind.Date, Urgent: false, Date: { } })
        .Select(a => a.Date!.Value)
        .Where(d => d <= today.AddMonths(HorizonMonths))
        .Distinct()
        .ToList();

    [GeneratedRegex(@"[,;:]\s|\s[-–]\s|\s(?=(?:so|dus|zodat)\s)")]
    private static partial Regex ClauseBreak();

    // Something the author must do or that must be in by then ("morgen moet ik", "het advies moet eind van de maand de
    // deur uit"), not what someone else must do on a date ("hij moet zich op 15 maart melden"), or a meeting the author
    // wants it brought to.
    [GeneratedRegex(@"\b(?:moet ik|ik moet|moeten we|we moeten|wij moeten|I (?:need|have|must|'ve got) to|we (?:need|have|must) to|voordat|before)\b|\b\w*(?:besluit|beslissing|advies|rapport|rapportage|verslag|melding|brief|lijst|dossier|inbreng|report|decision|advice|assessment|letter|list|file)\w*\b[^,;]*\b(?:moet|moeten|dient|must|has to|have to|needs? to|is due)\b|\b(?:moet|moeten|must|has to|needs? to)\b[^,;]*(?:besluit|beslissing|advies|rapport|rapportage|verslag|melding|report|decision|advice)|\b(?:wil|wilde|want|like)\b.*\b(?:MT|directie|overleg|vergadering|meeting|management|agenda)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DueCue();

    // "before the hearing on 11 January": a hearing's date is context unless a time-limit word says otherwise.
    [GeneratedRegex(@"\b(?:zitting|hearing|rechtszaak|court date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hearing();

    // A date of something that happens or happened to someone, or of what the author already had to do: no deadline
    // even with "moet" in the clause ("vandaag heb ik een afwijzing moeten uitreiken", "vandaag kwam hij te laat en nu
    // moet ik ..."), nor a condition on someone else ("unless he finds a sponsor within three months").
    [GeneratedRegex(@"\b(?:heb|hebben|had)\b.*\bmoeten\b|\bhad to\b|\b(?:heeft|hebben|had|was|werd|zijn|is)\b[^,;]*\b(?:besloten|beslist|afgewezen|uitgesproken|verlopen)\b|\b(?:besloot|decided|was due|were due|expired)\b|\bper\s+(?:de\s+)?\d|\b(?:unless|tenzij)\b|\b(?:vandaag|today|gisteren|yesterday)\s+(?:kwam|was|had|heb|ben|werd|kreeg|belde|came|was|got|did|had)\b|\b(?:sinds|since|geleden|ago|jarig|verjaardag|birthday|wordt \d+|turns \d+|geboren|born|getrouwd|trouwt|married|marries|wedding|bruiloft|overleden|died|vrijkomt|released)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventDate();

    // A decision or time limit, or a date right after "voor", "uiterlijk", "before", "by".
    // Also a time the author would like it by ("liefst morgen nog", "preferably within ten days", "het MT-overleg van 7
    // juli zou mooi zijn") and an answer needed by then ("ik heb het antwoord donderdag nodig", "I need an answer before
    // her hearing on Thursday"), and "tot en met". Not "liefst voor de kerst": a date before which is for the question to
    // settle (the day itself or the day before).
    [GeneratedRegex(@"\b(?:uiterlijk|deadline|\w*termijn|beslis\w*|besluit\w*|besloten|uitspraak|decide\w*|decision|due|no later than|tot en met|t/m)\b|\b(?:liefst|bij voorkeur|preferably|ideally)\b(?!\s+(?:nog\s+)?(?:vóór|voor|before)\b)|\b(?:zou|zal)\s+(?:mooi|fijn|prettig|ideaal|handig|top|goed)\s+zijn\b|\bwould be (?:great|nice|ideal|good|helpful|perfect)\b|\b(?:antwoord|advies|reactie|uitsluitsel)\b[^,;]*\bnodig\b|\bneed\w*\s+(?:an?\s+|the\s+|your\s+|some\s+)?(?:answer|advice|reply|response|decision)\b|\b(?:vóór|voor|before|by|until|tot)\s+(?:het\s+|de\s+|the\s+)?(?:\d|eind|einde|begin|half|medio|end|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morgen|tomorrow|volgende|next)", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineCue();

    // "binnen drie weken" / "within 10 days" is a deadline of the author's only when the clause asks for something or
    // speaks of the author ("graag binnen twee weken een advies", "we need it within ten days"); "moet binnen vier weken
    // het land verlaten" is a time limit on someone else, and the story is about it, not a date to answer by.
    // Not a span counted from another event: "within two weeks of a final rejection", "binnen zes weken na de aanvraag".
    [GeneratedRegex(@"\b(?:binnen|within)\s+(?:\w+\s+)?(?:dagen|dag|weken|week|maanden|maand|days|day|weeks|week|months|month)\b(?!\s+(?:na|nadat|vanaf|after|from|since)\b|\s+(?:van|of)\s+(?:een|de|het|a|an|the)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Within();

    [GeneratedRegex(@"\b(?:ik|we|wij|ons|mij|me|graag|nodig|advies|antwoord|liefst|I|us|need|needs|please|advice|answer|preferably|ideally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorsAsk();

    private static bool WithinForAuthor(string clause) => Within().IsMatch(clause) && AuthorsAsk().IsMatch(clause);

    [GeneratedRegex(@"\b(?:zo snel mogelijk|zo spoedig mogelijk|z\.?s\.?m|met spoed|spoedeisend|asap|as soon as possible|(?<!niet\s)(?<!not\s)(?:dringend|urgent))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UrgentCue();

    [GeneratedRegex(@"\b(?:geen haast|geen spoed|geen tijdsdruk|geen deadline|heeft geen haast|loopt niet weg|kan (?:best |wel )?wachten|haast (?:heeft|is) (?:het|er) (?:ook )?niet|geen termijn|niks acuuts|niets acuuts|nothing urgent|niet dringend|niet urgent|niet spoedeisend|hoeft niets beslist|no hurry|no rush|not urgent|no urgency|no time pressure|no deadline|no real deadline|can wait|not in a hurry|there's no rush|nothing needs to be decided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoHurryCue();
}

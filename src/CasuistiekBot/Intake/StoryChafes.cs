using System.Text.RegularExpressions;

namespace CasuistiekBot.Intake;

/// <summary>
/// Which sentences of a story say what chafes and what was tried. What chafes is a collision said in many ways: a word
/// for it ("wringt", "botst", "knaagt", "scheef", "goes against"), a feeling that something is wrong or unfair ("voelt
/// gewoon niet goed", "it feels deeply wrong"), something the author cannot justify or explain, or a rule set against
/// what the author sees ("volgens de regels moet ik ..., terwijl ..."). What was tried is a talk, a call or an attempt
/// the author reports, never one denied ("ik heb er met niemand over gehad").
/// </summary>
internal static partial class StoryChafes
{
    private static readonly string[] ChafeWords =
    [
        "schuur", "wringt", "wringen", "botst", "botsen", "knel", "dilemma", "onrechtvaardig", "hardvochtig", "menselijke maat",
        "niet eerlijk", "oneerlijk", "buikpijn", "steentje in de schoen", "tegenstrijdig", "knaagt", "schrijnend", "wrang",
        "aan de ene kant", "enerzijds", "klopt niet met", "staat haaks", "haaks op", "gewetens", "twijfel", "vraag me af", "me afvragen",
        "niet in verhouding", "ten koste van", "onredelijk", "niet te verantwoorden", "niet uit te leggen", "niet kan uitleggen",
        "kan dit niet uitleggen", "kan ik niet uitleggen", "niet rechtvaardig", "daar zit ik tussen", "zit ik tussen", "moet kiezen",
        "regels zijn regels", "niet strookt", "strookt niet", "op de achtergrond", "is zuur", "zuur dat", "scheef", "in de steek", "niet te doen", "niet serieus genomen", "verschillen van mening", "van mening verschillen",
        "denken heel verschillend", "denken verschillend", "disagree",
        "chafe", "unfair", "unjust", "harsh", "human dimension", "does not feel right", "doesn't feel right", "on the one hand",
        "conflicts with", "clash", "i doubt", "wonder if", "wonder whether", "disproportionate", "at the expense of",
        "hard to justify", "can't justify", "cannot justify", "can't explain", "cannot explain", "goes against", "go against",
        "opposite directions", "sit right", "sit well", "at odds", "torn between", "rules are rules", "choose between",
    ];

    private static readonly string[] TriedWords =
    [
        "geprobeerd", "besproken", "doorgesproken", "overlegd", "voorgelegd", "navraag", "contact opgenomen", "gebeld", "gemaild",
        "aangekaart", "aangegeven bij", "gevraagd aan", "teamoverleg", "werkoverleg", "intervisie", "ingebracht", "afgestemd",
        "met mijn leidinggevende", "met mijn teamleider", "al gekeken",
        "tried", "discussed", "talked to", "talked it through", "talked this through", "raised it", "raised this", "asked my",
        "consulted", "asked our", "asked the", "spoke to", "spoken to", "spoke with", "contacted", "reported it", "emailed",
        "called the", "brought it up", "checked with",
    ];

    // Weaker words that count only when the author says them of themselves ("ik heb het gemeld").
    private static readonly string[] OwnTriedWords = ["gemeld", "ingeschakeld", "gesproken met", "reported", "been there with"];

    public static string? Chafes(IReadOnlyList<string> sentences) =>
        Join(sentences.Where(s => Contains(s, ChafeWords) || Feeling().IsMatch(s) || RuleAgainst().IsMatch(s) || Wrong().IsMatch(s) || Opposed().IsMatch(s)));

    public static string? Tried(IReadOnlyList<string> sentences) =>
        Join(sentences.Where(s => !Nobody().IsMatch(s)
            && (Contains(s, TriedWords) || (Contains(s, OwnTriedWords) && FirstPerson().IsMatch(s)) || SaysSo().IsMatch(s))));

    private static bool Contains(string text, string[] cues) => cues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase));

    private static string? Join(IEnumerable<string> sentences) => sentences.ToList() is { Count: > 0 } list ? string.Join(' ', list) : null;

    // "het voelt (gewoon / voor mij) niet goed", "voelt scheef", "it feels (deeply) wrong".
    [GeneratedRegex(@"\bvoel\w*\s+(?:\w+\s+){0,3}?(?:niet (?:goed|juist|eerlijk|rechtvaardig|als)|scheef|verkeerd|oneerlijk|onrechtvaardig|krom|alsof|dubbel|ongemakkelijk|machteloos)\b|\bfe(?:el|els|eling|lt)\s+(?:\w+\s+){0,2}?(?:wrong|unfair|unjust|off|disproportionate|like|uneasy|uncomfortable|torn|bad)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Feeling();

    // A rule or what is formally required, set against something else in the same sentence.
    [GeneratedRegex(@"\b(?:volgens de (?:regels?|werkinstructie|wet|regeling|procedure|protocol|richtlijn)|formeel|officieel|eigenlijk moet|de regels? (?:zegt|zeggen|schrijft|schrijven)|het protocol|de wet zegt|bedoeld (?:voor|om)|strictly speaking|formally|legally|by the book|the (?:rules?|procedure|policy|protocol) (?:says?|requires?)|rules say)\b[^.!?]*\b(?:maar|terwijl|but|while|whereas|yet|even though)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuleAgainst();

    // "het klopt gewoon niet dat ...", "dat is toch niet eerlijk": a judgement, not a wrong fact ("het adres klopt niet").
    [GeneratedRegex(@"\b(?:het|dit|dat)\s+klopt\s+(?:gewoon\s+|echt\s+|toch\s+|hier\s+)?niet\s+(?:dat|als)\b|\bit(?:'s| is) (?:just |simply )?(?:wrong|not right|not fair) (?:that|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wrong();

    // "hier staat de veiligheid tegenover een laatste afscheid", "X weighs against Y": two goods set against each other.
    [GeneratedRegex(@"\bstaat\b[^.!?]*\btegenover\b|\btegenover\b[^.!?]*\bstaat\b|\b(?:weighs?|weighed|set) against\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opposed();

    // "mijn teamleider zegt dat ...", "my team lead says ...": it was talked over with someone at work.
    [GeneratedRegex(@"\b(?:mijn|my|our|onze?)\s+(?:\w+\s+)?(?:leidinggevende|teamleider|afdelingshoofd|manager|senior|team lead|teamlead|supervisor|co[oö]rdinator|jurist|werkbegeleider|collega's|colleagues)\b[^.]*\b(?:zegt|zei|vindt|vond|deelt|says|said|agrees|agreed|thinks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysSo();

    [GeneratedRegex(@"\b(?:met niemand|niemand|nobody|no one|nog (?:niet|niets|met niemand) (?:besproken|gedaan|geprobeerd|gevraagd|overlegd)|(?:not yet|haven't|have not) (?:discussed|talked|tried|spoken|raised|asked))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nobody();

    [GeneratedRegex(@"\b(?:ik|wij|we|i)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();
}

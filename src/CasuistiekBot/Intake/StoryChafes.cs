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
        "dwars", "niet lekker", "tussen wal en schip", "absurd", "niet de bedoeling", "not the intention", "naar elkaar wijzen",
        "wijst naar elkaar", "wijzen naar elkaar", "lopen uiteen", "loopt uiteen", "niet eens worden", "niet over eens",
        "het oneens", "tegen het protocol", "tegen de regels", "against the rules", "against protocol", "bothers me",
        "through the cracks", "pointing at each other", "point at each other", "in limbo", "can't agree", "cannot agree",
        "erger maakt", "alleen maar erger", "makes it worse", "makes things worse",
    ];

    private static readonly string[] TriedWords =
    [
        "geprobeerd", "besproken", "doorgesproken", "overlegd", "voorgelegd", "navraag", "contact opgenomen", "gebeld", "gemaild",
        "aangekaart", "aangegeven bij", "gevraagd aan", "teamoverleg", "werkoverleg", "intervisie", "ingebracht", "afgestemd",
        "met mijn leidinggevende", "met mijn teamleider", "al gekeken",
        "tried", "discussed", "talked to", "talked it through", "talked this through", "raised it", "raised this", "asked my",
        "consulted", "asked our", "asked the", "spoke to", "spoken to", "spoke with", "contacted", "reported it", "emailed",
        "called the", "brought it up", "checked with", "geraadpleegd", "nagevraagd", "contact gehad", "opgeschaald",
        "mentioned it", "mentioned this", "wrote it up", "flagged it", "escalated",
    ];

    // Weaker words that count only when the author says them of themselves ("ik heb het gemeld").
    private static readonly string[] OwnTriedWords = ["gemeld", "ingeschakeld", "gesproken met", "gekeken of", "reported", "been there with"];

    public static string? Chafes(IReadOnlyList<string> sentences)
    {
        var collision = StoryCollision.In(sentences).ToHashSet();
        return Join(sentences.Where((s, i) => !Unnamed().IsMatch(s)
            && (collision.Contains(i) || Says(s) || Conceded(sentences, i) || (i > 0 && Conceded(sentences, i - 1)))));
    }

    private static bool Says(string s) =>
        Contains(s, ChafeWords) || Feeling().IsMatch(s) || RuleAgainst().IsMatch(s) || Wrong().IsMatch(s) || Opposed().IsMatch(s)
        || (Tautology().IsMatch(s) && !Reported().IsMatch(s)) || Forced().IsMatch(s) || Either().IsMatch(s) || EvenWhen().IsMatch(s)
        || Disagree().IsMatch(s);

    // A rule or what is formally so, granted and then set against what the author sees: "dat snap ik op papier ook wel.
    // maar ...", "juridisch klopt alles ... maar", "it makes sense for the system, but ...", in one sentence or the next.
    private static bool Conceded(IReadOnlyList<string> sentences, int i) =>
        Concession().Match(sentences[i]) is { Success: true } granted
        && (Contrast().IsMatch(sentences[i][(granted.Index + granted.Length)..]) || ContrastBefore().IsMatch(sentences[i][..granted.Index])
            || (i + 1 < sentences.Count && ContrastOpening().IsMatch(sentences[i + 1])));

    public static string? Tried(IReadOnlyList<string> sentences) => Join(sentences.Where(IsTried));

    /// <summary>A sentence of an answer that says what was tried, or that nothing was tried yet ("Nog niets.", "Not yet.").</summary>
    public static bool TellsTried(string s) =>
        IsTried(s) || (Nobody().IsMatch(s) && (Contains(s, TriedWords) || Contains(s, OwnTriedWords))) || NothingYet().IsMatch(s);

    private static bool IsTried(string s) =>
        !Nobody().IsMatch(s)
        && (Contains(s, TriedWords) || (Contains(s, OwnTriedWords) && FirstPerson().IsMatch(s)) || SaysSo().IsMatch(s)
            || (PutTo().Match(s) is { Success: true } put && (put.Index == 0 || FirstPerson().IsMatch(s))) || Answered().IsMatch(s));

    // A short answer that nothing was done yet: "Nog niets.", "Niks, nee.", "Nothing yet.", "Not yet".
    [GeneratedRegex(@"^\W*(?:nee,?\s*)?(?:nog\s+)?(?:niets|niks|nothing|none|not yet|nog niet|no)\b(?:\W+\w+){0,3}\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NothingYet();

    private static bool Contains(string text, string[] cues) => cues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase));

    private static string? Join(IEnumerable<string> sentences) => sentences.ToList() is { Count: > 0 } list ? string.Join(' ', list) : null;

    // "het voelt (gewoon / voor mij) niet goed", "voelt scheef", "it feels (deeply) wrong".
    [GeneratedRegex(@"\bvoel\w*\s+(?:\w+\s+){0,3}?(?:niet (?:goed|juist|eerlijk|rechtvaardig|als)|scheef|verkeerd|oneerlijk|onrechtvaardig|krom|alsof|dubbel|ongemakkelijk|machteloos)\b|\bfe(?:el|els|eling|lt)\s+(?:\w+\s+){0,2}?(?:wrong|unfair|unjust|off|disproportionate|like|uneasy|uncomfortable|torn|bad)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Feeling();

    // A rule or what is formally required, set against something else in the same sentence.
    [GeneratedRegex(@"\b(?:volgens de (?:regels?|werkinstructie|wet|regeling|procedure|protocol|richtlijn)|formeel|officieel|eigenlijk moet|de regels? (?:zegt|zeggen|schrijft|schrijven)|het protocol|de wet zegt|bedoeld (?:voor|om)|strictly speaking|formally|legally|by the book|the (?:rules?|procedure|policy|protocol) (?:says?|requires?)|rules say)\b[^.!?]*\b(?:maar|terwijl|but|while|whereas|yet|even though)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuleAgainst();

    // "het klopt gewoon niet dat ...", "dat is toch niet eerlijk": a judgement, not a wrong fact ("het adres klopt niet").
    [GeneratedRegex(@"\b(?:het|dit|dat)\s+klopt\s+(?:gewoon\s+|echt\s+|toch\s+|hier\s+)?niet\s+(?:dat|als)\b|\b(?:daar|hier|er)\s+klopt\s+(?:gewoon\s+|echt\s+)?iets\s+niet\b|\bsomething(?:'s| is) (?:not right|off|wrong)\b|\bit(?:'s| is) (?:just |simply )?(?:wrong|not right|not fair) (?:that|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wrong();

    // "hier staat de veiligheid tegenover een laatste afscheid", "X weighs against Y": two goods set against each other.
    [GeneratedRegex(@"\bstaat\b[^.!?]*\btegenover\b|\btegenover\b[^.!?]*\bstaat\b|\b(?:weighs?|weighed|set) against\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opposed();

    [GeneratedRegex(@"\b(?:snap|begrijp|begrijpelijk|terecht|net niet|logisch|op papier|in theorie|juridisch|technisch|formeel|(?:it |that )?makes? sense|I (?:get|understand) (?:it|that|why)|understandable|fair enough|on paper|in theory|technically|legally|volgens (?:de|het|onze?|ons) (?:\w+\s+)?(?:regel|richtlijn|werkinstructie|wet|beleid|protocol|procedure|methodiek|werkwijze|voorwaarde|kader|norm|systematiek)\w*|(?:according to|per) (?:the|our) (?:\w+\s+)?(?:rules?|policy|framework|guidelines?|procedure|protocol|law|criteria|requirements?)|schrijf\w* (?:\w+\s+){1,4}voor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Concession();

    [GeneratedRegex(@"\b(?:maar|terwijl|toch|but|yet|though|although|whereas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();

    // "wil bij zijn vader wonen, maar volgens onze methodiek ...": the rule set against what came first.
    [GeneratedRegex(@"\b(?:maar|but)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastBefore();

    // "zegt de helft van ons", "who said the rules are the rules": someone else's stance, not what chafes the author.
    [GeneratedRegex(@"\b(?:zegt|zeggen|zei|zeiden|said|says|told)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    // "een afwijzing ..., ook als vaststaat dat ...": a rule applied where its reason does not hold.
    [GeneratedRegex(@"\b(?:afwijzing|afgewezen|geweigerd|weigering|refused|rejected|refusal|denied)\b[^.?!]*\b(?:ook als|zelfs als|ook wanneer|even (?:if|when|though))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EvenWhen();

    // "de meningen lopen echt uiteen", "we worden het niet eens": the author's team disagrees.
    [GeneratedRegex(@"\b(?:lopen|loopt|liepen)\s+(?:\w+\s+){0,4}?uiteen\b|\bniet\s+(?:\w+\s+){0,3}?eens\s+(?:worden|zijn|over)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disagree();

    [GeneratedRegex(@"^\W*(?:maar|toch|alleen|but|yet|still|however)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastOpening();

    // "regels zijn regels", "voorwaarde is voorwaarde", "the procedure is the procedure": a rule that admits no reason.
    [GeneratedRegex(@"\b(?:de\s+|het\s+|the\s+)?(\w{4,})\s+(?:is|zijn|are)\s+(?:de\s+|het\s+|the\s+)?\1\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tautology();

    // "de norm dwingt ons", "the framework forces a refusal": a rule that leaves the author no choice.
    [GeneratedRegex(@"\b(?:dwingt|dwingen|dwong|forces|forcing)\b|\b(?:rules?|policy|framework|procedure) forces?\b|\bforced to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forced();

    // "als ik de ouders niet inlicht, ..., als ik het wel doe, ...", "if I do, ...; if I don't, ...": either way harms.
    [GeneratedRegex(@"\bals ik\b[^.?!]*,[^.?!]*\bals ik\b|\bif I\b[^.?!]*,[^.?!]*\bif I\b|\bwhatever I (?:do|choose)\b|\bwat ik ook (?:doe|kies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Either();

    // "something doesn't sit right but I can't put my finger on it": a chafe the author cannot yet say is asked.
    [GeneratedRegex(@"\bfinger on\b|\bvinger (?:er\s+)?(?:niet\s+)?op\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unnamed();

    // "mijn teamleider zegt dat ...", "my team lead says ...": it was talked over with someone at work.
    [GeneratedRegex(@"\b(?:mijn|my|our|onze?)\s+(?:\w+\s+)?(?:leidinggevende|teamleider|afdelingshoofd|manager|senior|team lead|teamlead|supervisor|co[oö]rdinator|jurist|werkbegeleider|collega's|colleagues|coach|(?-i:TL))\b[^.]*\b(?:zegt|zei|vindt|vond|deelt|says|said|agrees|agreed|thinks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysSo();

    // Someone at work or an outside body the author asked or handed it to: "ik heb het aan de coördinator gevraagd",
    // "ik heb het OM gevraagd", "aan de locatiemanager gegeven", "asked a senior colleague".
    [GeneratedRegex(@"\b(?:gevraagd|gegeven|neergelegd|gestuurd|doorgestuurd|asked|told|showed|sent|gave)\s+(?:[\w'-]+\s+){0,4}?(?:" + Someone + @")|\b(?:" + Someone + @")\s+(?:[\w'-]+\s+){0,5}?(?:gevraagd|gegeven|neergelegd|gestuurd|doorgestuurd)\b|\basked (?:a|my|our|the) (?:\w+\s+)?(?:" + Someone + ")", RegexOptions.IgnoreCase)]
    private static partial Regex PutTo();

    // "Legal told me ...", "de jurist zei dat ...", "de teamleider herkent het": an answer from someone the author asked.
    [GeneratedRegex(@"\b(?:legal|juridische zaken|de jurist|the lawyer|HR)\b[^.?!]*\b(?:told me|said|says|zei|zegt)\b|\b(?:team|collega's|colleagues|teamleider|leidinggevende|manager)\b[^.?!]*\b(?:herkent|herkennen|herkende|recogni[sz]es?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Answered();

    private const string Someone = @"(?-i:OM|MT|TL)\b|\w*(?:leidinggevende|teamleider|manager|co[oö]rdinator|jurist|directeur|director|supervisor|psycholoog|psychologist|gedragsdeskundige)\b|senior|collega|colleague|coach|werkbegeleider|juridische zaken|legal\b|gemeente\b|municipality\b";

    [GeneratedRegex(@"\b(?:met niemand|niemand|nobody|no one|anyone|anybody|nog (?:niet|niets|met niemand) (?:\w+\s+){0,3}?(?:besproken|gedaan|geprobeerd|gevraagd|overlegd|gemeld|voorgelegd|gebeld|gesproken|aangekaart)|not yet|haven't|have not|hasn't|has not|didn't|did not)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nobody();

    [GeneratedRegex(@"\b(?:ik|wij|we|i)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();
}

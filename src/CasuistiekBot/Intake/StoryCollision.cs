using System.Text.RegularExpressions;

namespace CasuistiekBot.Intake;

/// <summary>
/// What chafes as a collision the story describes rather than names, built from small concept lists and read per
/// sentence: the author's judgement (an evaluative word in a frame that makes it theirs: "ik vind het onmenselijk",
/// "het voelt kil", "it seems cruel"), the author's stance ("het zit me dwars", "it bothers me", "I struggle with"),
/// a question of what is right ("mag ik hier soepel mee omgaan?", "should I report it?"), and a rule, procedure,
/// system or decision set against a person: by a contrast that concedes nothing ("terwijl", "even though"), or with a
/// harm that follows from it in the same or the next sentence ("automatisch uitgeschreven en verliezen hun leefgeld",
/// "the system cancels it, so he owes 600 more"). A sad or heavy story without such a collision does not chafe by
/// itself ("het blijft door mijn hoofd gaan", "the team is shaken").
/// </summary>
internal static partial class StoryCollision
{
    /// <summary>The indexes of the sentences that carry the collision (the rule and its harm both, when they are apart).</summary>
    public static IEnumerable<int> In(IReadOnlyList<string> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (Judged(s) || Stance().IsMatch(s) || RightQuestion(s) || SetAgainst(s) || TwoWays(s)) yield return i;
            else if (i + 1 < sentences.Count && (Rule().IsMatch(s) || WeakContrast().IsMatch(s)) && Harm().IsMatch(sentences[i + 1]) && !Rule().IsMatch(sentences[i + 1]))
            {
                yield return i;
                yield return i + 1;
                i++;
            }
        }
    }

    // The author's own judgement: a strong evaluative word anywhere, a milder one only in a frame that makes it a
    // judgement ("het is/voelt/lijkt ...", "ik vind het ...", "it seems ..."), or a word in scare quotes ("dat 'vermogen'").
    private static bool Judged(string s) =>
        Strong().IsMatch(s) || FramedMild().IsMatch(s) || StanceMild().IsMatch(s) || ScareQuotes().IsMatch(s);

    // A question of what is right or allowed, not a question of how ("wat kan ik doen?" is advice, not a collision).
    private static bool RightQuestion(string s) => s.Contains('?') && Right().IsMatch(s);

    // Two goods or two ways set against each other: "loyaliteit tegenover integriteit, ...", "medical confidentiality versus
    // colleagues' fears", "melden ..., niet melden ...", "zonder id geen uitkering, en zonder uitkering geen id", a team
    // that thinks differently ("sommige collega's ..., anderen ..."), or what the author's own step would cost ("if I
    // report it, he loses his job").
    private static bool TwoWays(string s) =>
        Versus().IsMatch(s) || Collides().IsMatch(s) || DoOrNot().IsMatch(s) || Circle().IsMatch(s) || SomeOthers().IsMatch(s)
        || (OwnStep().IsMatch(s) && Harm().IsMatch(s));

    [GeneratedRegex(@"\b(?:versus|vs\.?)\s|(?:^|[.,;:]\s*)[^.,;:?!]{1,60}\stegenover\s[^.,;:?!]{1,60}(?:,|:|\s[-–—]\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Versus();

    // Verbs and nouns of a collision between two things.
    [GeneratedRegex(@"\b(?:verdraagt zich (?:\w+\s+){0,4}?(?:slecht|niet)|op gespannen voet|(?:in )?strijd(?:ig)? met|gaat niet samen|gaan niet samen|niet te rijmen|spanningsveld|spanning tussen|elkaar in de weg|tegen elkaar in|wring\w*|vreet aan|knaag\w*|klem tussen|tussen twee vuren|(?:kom|komen|kwam) er (?:\w+\s+){0,2}?niet uit|niet uitkom\w*|in tension|tension between|stuck between|caught between|eats (?:at|away at) me|in each other's way|stand in the way|disproportione\w*|(?:feel|feels|felt) (?:\w+\s+){0,2}?stuck|voel\w* als)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Collides();

    // "melden ..., niet melden ...", "reporting it ..., not reporting it ...": either way costs something.
    [GeneratedRegex(@"\b(\w{4,})\b[^.?!]*,\s*(?:en\s+|and\s+)?(?:niet|not)\s+\1\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoOrNot();

    // "zonder id geen uitkering, en zonder uitkering geen id", "without an address no income, without income no address".
    [GeneratedRegex(@"\bzonder\b[^.?!]*,\s*(?:en\s+)?zonder\b|\bwithout\b[^.?!]*,\s*(?:and\s+)?without\b", RegexOptions.IgnoreCase)]
    private static partial Regex Circle();

    [GeneratedRegex(@"\b(?:sommige|sommigen|een deel)\b[^.?!]*\b(?:anderen|een ander deel)\b|\bsome (?:of us|colleagues|people)?\b[^.?!]*\bothers\b|\bdenken (?:\w+\s+){0,3}?verschillend", RegexOptions.IgnoreCase)]
    private static partial Regex SomeOthers();

    [GeneratedRegex(@"\b(?:als ik|if i)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnStep();

    // A rule or decision with a strong contrast in the same sentence, or with a harm that follows from it.
    private static bool SetAgainst(string s) =>
        (Rule().IsMatch(s) || Sanction().IsMatch(s)) && StrongContrast().IsMatch(s)
        || Rule().IsMatch(s) && Harm().IsMatch(s)
        || Automatic().IsMatch(s) && Sanction().IsMatch(s)
        || WeakContrast().IsMatch(s) && Harm().IsMatch(s);

    private const string StrongWords =
        "onmenselijk|inhumaan|oneerlijk|onrechtvaardig|onredelijk|onterecht|hardvochtig|schrijnend|wrang|absurd|belachelijk|bizar|"
        + "harteloos|willekeur\\w*|onverteerbaar|onbegrijpelijk|onzinnig|zinloos|buitenproportioneel|onevenredig|kafkaiaans|"
        + "inhumane|unfair|unjust|unreasonable|ridiculous|cruel|heartless|callous|arbitrary|senseless|pointless|outrageous|"
        + "shameful|perverse|kafkaesque|catch-?22|vicieuze cirkel|vicious circle|kip-en-ei|chicken and egg|"
        + "geen zin (?:meer )?(?:heeft|hebben|had)|makes? no sense|no point (?:in|any more)";

    private const string MildWords =
        "zwaar|raar|vreemd|pijnlijk|triest|treurig|verdrietig|zuur|zonde|ellendig|ongemakkelijk|machteloos|schuldig|krom|cru|kil|"
        + "star|fout|verkeerd|niet (?:goed|juist|fair|eerlijk|ok|oké|okay|normaal|menselijk|redelijk|terecht|uit te leggen)|"
        + "strange|weird|odd|painful|sad|awful|terrible|wrong|uncomfortable|uneasy|helpless|powerless|guilty|cold|rigid|harsh|"
        + "not (?:right|fair|ok|okay|reasonable|fine|humane)";

    [GeneratedRegex(@"\b(?:" + StrongWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Strong();

    // "het is pijnlijk dat", "dat voelt kil", "dit lijkt me niet redelijk", "it's sad that", "this seems wrong".
    [GeneratedRegex(@"\b(?:het|dit|dat|wat|it|this|that|which)(?:'s|\s+(?:is|was|blijft|voelt|lijkt|wordt|vind ik|feels?|felt|seems?|looks?|remains?|is just|is simply))\s+(?:\w+\s+){0,3}?(?:" + MildWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex FramedMild();

    // "ik vind het zwaar", "ik voel me ellendig", "het valt me zwaar", "I find it hard", "it makes me uncomfortable".
    [GeneratedRegex(@"\b(?:ik vind|vind ik|ik voel me|voel ik me|valt me|i find|i feel|makes me(?: feel)?|leaves me(?: feeling)?)\s+(?:\w+\s+){0,4}?(?:" + MildWords + @"|moeilijk|lastig|hard|difficult|tough)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StanceMild();

    // A word or two set in quotes: the author does not take the word as given ("als 'overtreder' gemeld", "dat 'vermogen'").
    [GeneratedRegex(@"(?:^|\s)['‘""“][\p{L}-]+(?:\s[\p{L}-]+)?['’""”](?=[\s,.;:!?])")]
    private static partial Regex ScareQuotes();

    // The author's stance, without an evaluative word.
    [GeneratedRegex(@"\b(?:zit me dwars|zit mij dwars|(?:ik )?heb (?:er |hier |daar )?(?:veel |echt |grote )?moeite (?:mee|met)|ik kan er niet bij|kan (?:ik )?(?:dit |dat |het )?niet (?:rijmen|verkroppen|verantwoorden)|rijmt (?:niet|slecht)|sta er niet achter|ben het er niet mee eens|(?:tegen|in strijd met) mijn (?:gevoel|geweten|overtuiging)|mijn gevoel zegt|wakker van|"
        + @"(?:it |this |that )?(?:really )?(?:bothers|troubles|haunts|upsets) me|i(?:'m| am)? (?:really )?(?:struggl\w+|wrestl\w+) with|i (?:have|had) (?:a |real )?(?:problem|trouble|difficulty) with|can(?:'t|not) (?:square|reconcile|accept)|against my (?:conscience|instinct|gut|values)|don't agree with)", RegexOptions.IgnoreCase)]
    private static partial Regex Stance();

    // "mag ik ...", "kan ik dit maken", "is het wel redelijk ...", "hoe redelijk is het", "should I ...", "is it fair to ...".
    [GeneratedRegex(@"(?<!\b(?:wat|hoe|waar|wie|wanneer|what|how|where|who|when|which)\s+)\b(?:mag ik(?! (?:je|jullie|u|even|iets) (?:vragen|vertellen|iets))|mogen (?:we|wij)|kan ik (?:dit|dat|het) (?:maken|verantwoorden)|is (?:het|dit|dat) (?:wel |nog |echt )?(?:terecht|redelijk|eerlijk|rechtvaardig|juist|menselijk|verantwoord|ok|oké|te verantwoorden)|hoe (?:redelijk|eerlijk|terecht|menselijk|rechtvaardig)|moet ik (?:dit|dat|het|hem|haar) (?:echt|wel|zomaar)|"
        + @"should (?:i|we)\b|am i (?:allowed|right)|is (?:it|this|that) (?:really |still )?(?:right|fair|reasonable|ok|okay|justified|humane)|how (?:fair|reasonable|humane|right) (?:is|it))", RegexOptions.IgnoreCase)]
    private static partial Regex Right();

    // A rule, procedure, system, requirement or decision, or what one must or may not do.
    [GeneratedRegex(@"\b(?:regels?|regeling|beleid|werkinstructie|procedure|protocol|richtlijn\w*|wet(?:telijk\w*)?|voorwaarde\w*|vereiste\w*|norm|criteri\w+|grens|drempel|termijn|systeem|automatisch\w*|standaard\w*|verplicht\w*|regime|contract|kader|besluit|beslissing|afwijzing|afgewezen|geweigerd|weigering|niet toegestaan|geen uitzondering|mag (?:\w+\s+){0,3}?niet|mogen (?:\w+\s+){0,3}?(?:niet|geen)|moet(?:en)? (?:\w+\s+){0,3}?(?:eerst|voldoen|betalen|vertrekken|verlaten|verhuizen|weg)|"
        + @"rules?|policy|procedure|protocol|guidelines?|law|requirements?|conditions?|criteria|threshold|limit|system|automatic(?:ally)?|by default|standard|mandatory|contract|framework|decision|refus\w+|reject\w*|qualif\w+|not allowed|isn't allowed|(?:has|have) to|must)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rule();

    // A sanction or a decision that falls on a person.
    [GeneratedRegex(@"\b(?:boetes?|gijzeling|\w*straf|sanctie|verhoging|\w*detentie|uitzetting|terugkeerbesluit|uithuisplaatsing|fines?|increase|surcharge|detention|deportation|sanction|penalty|eviction)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sanction();

    [GeneratedRegex(@"\b(?:automatisch\w*|standaard|automatic(?:ally)?|by default)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Automatic();

    [GeneratedRegex(@"\b(?:terwijl|hoewel|ondanks|even though|although|whereas|despite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongContrast();

    [GeneratedRegex(@"\b(?:maar|toch|but|yet|however)\b|,\s*alleen\b|^\W*alleen\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeakContrast();

    // What the rule costs a person: too late, lost, on the street, falling outside, paying twice, punished, sick.
    [GeneratedRegex(@"\b(?:te laat|kwijt(?:raakt|raken|geraakt|te raken)|(?:baan|werk|huis|woning|uitkering|inkomen|motivatie|recht|plek|kinderen|kind|status|vergunning|opvang|leefgeld|toeslag)\s+(?:\w+\s+)?kwijt|verlie(?:st|zen|s)|de dupe|op straat|dakloos|(?:wordt|worden|werd) ziek|ziek (?:wordt|worden)|schulden|dubbel|gestraft|bestraft|in de knel|valt (?:hij |zij |ze )?(?:er )?(?:nu )?buiten|vallen (?:ze )?(?:er )?buiten|(?:niks|niets) over|terug te vallen|terugval\w*|lukt nooit|onmogelijk|uit elkaar|ontne\w+|(?:pakt|pakken|uitpakken) (?:\w+\s+){0,4}?tegen|allang (?:weg|voorbij|verlopen)|midden in|"
        + @"too late|los(?:es|e|t|ing) (?:his|her|their|the|a|custody|contact|everything)\b|works? against|deprive\w*|takes? away|in the middle of|owes?|debts?|homeless|on the street|punished|pay(?:s|ing)? (?:twice|double)|falls? outside|(?:can't|cannot|can not) afford|suffer\w*|torn apart|separated|left with nothing|worse off|getting sick|gets sick|impossible|never (?:be able|manage))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Harm();
}

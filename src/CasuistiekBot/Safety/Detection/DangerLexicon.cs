using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// The cues of acute danger, Dutch and English, written from how frontline staff describe it. Kept to words and
/// phrases that mean danger in themselves; whether they are denied, hypothetical, past or about a training is for
/// <see cref="DangerScope"/> to decide, never for a cue.
/// </summary>
internal static class DangerLexicon
{
    private const int Clause = CuePattern.AnyGap;
    private const string Reflexive = "zich|zichzelf|mezelf|mijzelf|jezelf|zelf";
    private const string EnglishReflexive = "himself|herself|myself|themselves|yourself";
    private const string Means = "pillen|medicijnen|slaappillen|tabletten|touw|strop|pills|tablets|rope";
    private const string ThrownSelf = "zich|zichzelf|mezelf|mijzelf|jezelf|me|mij|hemzelf|haarzelf";
    private const string Gathered = "verzameld|gespaard|opgespaard|verzamelt|spaart|collected|saved|hoarding|stockpiling";

    private const string Species = "diersoort diersoorten soort soorten species dieren dier diersoorten planten plantensoort taal talen habitat";

    // "Ze wil dood graag haar diploma halen": "dood" that only makes the next word stronger.
    public const string DeathAsIntensifier = "graag gewoon normaal eng simpel";

    private static readonly Cue[] Phrases =
    [
        // Suicide and self-harm.
        Cue.Of(SelfHarm, "zelfmoord*|zelfdoding*|suicid*|zelfbeschadig*|zelfverwond*|automutilatie|overdosis|overdose|levensmoe|doodswens"),
        Cue.Of(SelfHarm, $"{Reflexive} iets aandoen|aandoet|aandeed|aangedaan|aan$", Clause),
        Cue.Of(SelfHarm, $"{Reflexive} iets aan te doen", Clause),
        Cue.Of(SelfHarm, $"{Reflexive} ophangen|ophangt|ophing|opgehangen", Clause),
        Cue.Of(SelfHarm, $"hangt|hing|hangen {Reflexive} op", 1),
        Cue.Of(SelfHarm, $"{Reflexive} op te hangen", Clause),
        Cue.Of(SelfHarm, $"{Reflexive} van kant", Clause),
        Cue.Of(SelfHarm, $"{Reflexive} van het leven", Clause),
        Cue.Of(SelfHarm, $"{Reflexive} in brand", Clause),
        Cue.Of(SelfHarm, $"{Reflexive} gesneden|snijdt|snijden|sneed|kerft|kerven|krast|kraste|krassen|gekrast|verwondt|verwonden|verwond|beschadigt|beschadigen", Clause),
        Cue.Of(SelfHarm, $"snijdt|sneed|kerft|krast|kraste|verwondt|beschadigt {Reflexive}"),
        Cue.Of(SelfHarm, "pols|polsen doorgesneden|doorsnijden|doorsnijdt|opengesneden|gesneden", Clause),
        Cue.Of(SelfHarm, "cut|cuts|slit|slits|slashed wrist|wrists", 1),
        Cue.Of(SelfHarm, "niet meer leven|levend", 2).Unless(after: "van met zonder"),
        Cue.Of(SelfHarm, "het niet meer zitten", 2),
        Cue.Of(SelfHarm, "er een|n eind|einde aan", 1),
        Cue.Of(SelfHarm, "eind|einde aan leven|levens", 2),
        Cue.Of(SelfHarm, "liever dood", 0),
        Cue.Of(SelfHarm, "dood wil|wilde|willen|wilt|wou"),
        Cue.Of(SelfHarm, "wil|wilde|willen|wilt|wou dood", 2).Unless(after: DeathAsIntensifier),
        Cue.Of(SelfHarm, "balkon|dak|brug|flat|raam|trein|metro|viaduct springen|springt|sprong|spring", Clause),
        Cue.Of(SelfHarm, "springen|springt|sprong|spring balkon|dak|brug|flat|raam|trein|metro|viaduct", Clause),
        // Thrown or thrown oneself: only with oneself named ("ik gooi me uit het raam"); "ik ga het raam uit gooien" is the form.
        Cue.Of(SelfHarm, "balkon|dak|brug|flat|raam|trein|metro|viaduct gooien|gooit|gooide|werpen|werpt", Clause).With(ThrownSelf, 0),
        Cue.Of(SelfHarm, "gooien|gooit|gooide|werpen|werpt balkon|dak|brug|flat|raam|trein|metro|viaduct", Clause).With(ThrownSelf, 0),
        Cue.Of(SelfHarm, $"kill|kills|killed|killing|hang|hanged|hanging|hung|cut|cuts|cutting|harm|harms|harming|hurt|hurts|hurting|injure|injures|injuring {EnglishReflexive}", 0),
        Cue.Of(SelfHarm, "end|ending|ended life|lives"),
        Cue.Of(SelfHarm, "take|takes|taking|took own life", 2),
        Cue.Of(SelfHarm, "self harm|harming", 0),
        Cue.Of(SelfHarm, "selfharm"),
        Cue.Of(SelfHarm, "rather die|dead"),
        Cue.Of(SelfHarm, "want|wants|wanted|wish|wishes die|dead", 2),
        Cue.Of(SelfHarm, "no point living|going|life", 3),
        Cue.Of(SelfHarm, "not|no|dont|doesnt|didnt want|wants|wish live|alive", 3),
        Cue.Of(SelfHarm, "bridge|roof|balcony|window|train jump|jumps|jumped|jumping", Clause),

        // Warning signs without the word: gathering the means, giving things away, speaking of not being there.
        Cue.Of(SelfHarm, $"{Means} {Gathered}", Clause),
        Cue.Of(SelfHarm, $"{Gathered} {Means}", Clause),
        Cue.Of(SelfHarm, "spullen|bezittingen|belongings|possessions weg|weggeven|weggegeven|away", Clause),
        Cue.Of(SelfHarm, "weggeven|weggegeven|away spullen|bezittingen|belongings|possessions", Clause),
        Cue.Of(SelfHarm, "hij|zij|ze|ik er niet meer is|ben|zijn|zal", 2),
        Cue.Of(SelfHarm, "jump|jumps|jumped|jumping bridge|roof|balcony|window|train", Clause),

        // Violence or a threat of it (whose danger it is follows from the people around it).
        Cue.Of(Harm, "vermoord*|doodmaken|doodmaakt|doodgemaakt|doodschieten|doodgeschoten|neerschieten|neergeschoten|neersteken|neergestoken|doodsteken|doodgestoken"),
        Cue.Of(Harm, "martel*|gemarteld|wurgen|wurgt|gewurgd|verkracht*|aangerand|aanranding|kopstoot|kopstoten|geschopt|slaag|mishandel*|eerwraak|ontvoer*"),
        // Not a species or a language under threat, nor the word itself: "een bedreigde diersoort", "het woord 'bedreigd'".
        Cue.Of(Harm, "bedreig*|doodsbedreiging*|dreigbrief*|dreigbericht*|dreigement*|dreigmail*|dreigtelefoon*|dreiging|dreigingen|geweldsdreiging")
            .Unless(after: Species, before: "woord word term"),
        Cue.Of(Harm, "uitgebuit|uitbuiting|mensenhandel|brandstichting|bezuren|boeten"),
        Cue.Of(Harm, "geweld|gewelddadig|gewelddadige|geweldsincident*|geweldpleging|agressie|agressief|agressieve").Unless(after: "aan aandoen aandoet aangedaan"),
        Cue.Of(Harm, "dood maken|maakt|gemaakt|te", 0),
        Cue.Of(Harm, "in elkaar geslagen|slaan|slaat|sloeg|sloegen|getrapt|trappen", 0),
        Cue.Of(Harm, "slaat|sloeg|slaan|trapt|trapte in elkaar", 2),
        Cue.Of(Harm, "slaat|sloeg|sloegen|slaan").WithPerson().Unless(after: "nergens op alarm af over om uit door acht brug munt toe aan"),
        Cue.Of(Harm, "geslagen").WithPerson().Unless(after: "alarm acht brug munt"),
        Cue.Of(Harm, "iets aandoen|aandoet|aandeed|aangedaan|aan$", 2).Unless(before: "er daar hier waar"),
        Cue.Of(Harm, "iets aan te doen", 0).Unless(before: "er daar hier waar"),
        Cue.Of(Harm, "afmaken|afmaakt|afgemaakt").WithPerson(),
        Cue.Of(Harm, "af te maken", 0).WithPerson(),
        Cue.Of(Harm, "opwachten|opwacht|opgewacht|opwachtte"),
        Cue.Of(Harm, "wraak nemen|neemt|nam|genomen", 2),
        Cue.Of(Harm, "te grazen nemen|neemt|nam|genomen", 1),
        Cue.Of(Harm, "klap|klappen|vuistslag|vuistslagen|trap|trappen|schop|schoppen kreeg|krijgt|krijgen|kregen|gekregen|gegeven|geven|gaf|uitgedeeld", 3),
        Cue.Of(Harm, "kreeg|krijgt|krijgen|kregen|gaf|geeft klap|klappen|vuistslag|vuistslagen|schop|schoppen", 2),
        Cue.Of(Harm, "gooide|gooit|gooien|smeet|smijt|smijten|wierp naar|tegen", Clause).WithPerson(),
        Cue.Of(Harm, "vechtpartij|vechtpartijen|gevochten"),
        Cue.Of(Harm, "in brand steken|steekt|stak|gestoken|te", 0),
        Cue.Of(Harm, "met mes|messen|wapen|wapens|pistool|vuurwapen|geweer|bijl|knuppel|knife|knives|weapon|gun", 2),
        Cue.Of(Harm, "wapen|wapens|vuurwapen|vuurwapens|pistool|weapon|weapons|firearm|knife"),
        Cue.Of(Harm, "a|the|his|her gun|guns", 0),
        Cue.Of(Harm, "blauwe plekken|bruises", 0),
        Cue.Of(Harm, "seksueel misbruik|misbruikt", 1),
        Cue.Of(Harm, "wordt|werd|worden|werden|is|zijn misbruikt", 2),
        Cue.Of(Harm, "kill|kills|killed|murder|murders|murdered|shoot|shot|stab|stabs|stabbed|strangle|strangled|rape|raped|beat|beats|hit|hits|hurt|hurts|harm|harms|attack|attacks|attacked|attacking|assault|assaulted|assaulting|threaten|threatens|threatened|threatening").WithPerson()
            .Unless(after: $"resign quit leave sue complain strike appeal escalate {Species}", before: "word woord term"),
        Cue.Of(Harm, "violence|violent|threat|threats|revenge|abuse|abused|abusing|aggression|aggressive|trafficking|exploited").Unless(after: "of"),
        Cue.Of(Harm, "was|were|been|being|got|get threatened|attacked|assaulted|beaten|stabbed", 0),
        Cue.Of(Harm, "will|ll|gonna pay for this|that", 2),

        // Threats aimed at the one who writes.
        Cue.Of(StaffThreat, "weet|weten|wist waar ik|je|jij|we|wij woon|woont|wonen"),
        Cue.Of(StaffThreat, "know|knows|knew where i|you|we live"),

        // A child, or anyone, left without protection.
        Cue.Of(ChildHarm, "kindermishandeling|kindermisbruik|kinderporno|child abuse", 0),
        Cue.Of(Neglect, "verwaarloos*|verwaarlozing|achtergelaten|neglect*"),
        Cue.Of(Neglect, "alleen thuis|gelaten", 1),
        Cue.Of(Neglect, "alleen op straat", 0),
        Cue.Of(Neglect, "left|home alone", 0),
        Cue.Of(Unsafe, "niet veilig", 1).Unless(before: "voel voelt voelen voelde feel feels felt"),
        Cue.Of(Unsafe, "onveilig|unsafe|levensgevaar").Unless(before: "voel voelt voelen voelde feel feels felt"),
        Cue.Of(Unsafe, "in gevaar|danger", 0).Unless(after: "of"),
        Cue.Of(Unsafe, "gevaar|danger|risk voor|to", 0),
        Cue.Of(Unsafe, "at risk", 0).Unless(after: "of"),
        Cue.Of(Unsafe, "lopen|loopt|liep|liepen gevaar", 1),
        Cue.Of(Unsafe, "gevaar lopen|loopt", 0),
        Cue.Of(Unsafe, "not safe", 1),
        Cue.Of(Unsafe, "vrees|vrezen|vreest|vreesde|fear|fears|feared voor|for veiligheid|leven|safety|life|lives", 3),
    ];

    // After Phrases: static fields are set in the order they are written.
    public static readonly Cue[] Cues =
        [.. Phrases, .. SelfHarmConcepts.Cues, .. SelfHarmSigns.Cues, .. HarmConcepts.Cues, .. ThreatConcepts.Cues, .. ChildAndStaffConcepts.Cues, .. ChildDangerConcepts.Cues, .. UnsaidDangerConcepts.Cues, .. ExposedDangerConcepts.Cues, .. ImpliedDangerConcepts.Cues];
}

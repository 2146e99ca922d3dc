using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Suicide and self-harm as concepts rather than set phrases: wanting to die or not to be here, saying goodbye for
/// good, the means (pills, a rope, a blade, a height), hurting one's own body, refusing food. Each family lists its
/// verbs with their inflections, Dutch and English.
/// </summary>
internal static class SelfHarmConcepts
{
    private const int Clause = CuePattern.AnyGap;
    private const string Reflexive = "zich|zichzelf|mezelf|himself|herself|myself|themselves";
    private const string Die = "sterven|sterf|sterft|stierf|dood|doodgaan|doodgaat|overlijden|die|dies|dying|dead|death";
    private const string Wanting = "liever|rather|wil|wilt|wou|wilde|willen|want|wants|wanted|wish|wishes|wished|verlangt|verlang|longs";
    private const string Pills =
        "pillen|pil|tabletten|medicijnen|medicatie|slaappillen|slaaptabletten|slaapmiddelen|antidepressiva|oxazepam|diazepam|lorazepam|temazepam|methadon*|" +
        "insuline|paracetamol|oxycodon|pills|tablets|medication|medicine|medicines|painkillers|antidepressants|sedatives|opioids|oxycodone";
    private const string Saving = "spaart|spaarde|sparen|spaarden|verzamelt|verzamelde|hamstert|hamsterde|saving|saves|hoards|hoarding|stockpiles|stockpiling|stockpiled";
    private const string Saved = "gespaard|opgespaard|verzameld|gehamsterd|saved|hoarded|stockpiled";
    private const string Letter = "brief|briefje|brieven|bericht|berichtje|berichten|kaart|letter|letters|note|notes|message|messages|card";
    private const string NoLongerNeeded = "niet|nooit|not|never|longer meer|need|needs|needed nodig|need|needs|anymore|again";
    private const string Belongings =
        "spullen|bezittingen|kleren|kleding|telefoon|laptop|gitaar|fiets|sieraden|horloge|kat|hond|huisdier|huisdieren|spaargeld|alles|" +
        "belongings|possessions|clothes|phone|laptop|guitar|bike|jewellery|jewelry|watch|cat|dog|pet|pets|savings|everything";
    private const string Swallowed = "ingenomen|innemen|inneemt|innam|geslikt|slikt|slikte|slikken|doorgeslikt|ingeslikt|taken|took|take|swallowed|swallow|swallows|overdosed";
    private const string Objects = "batterijen|batterij|scheermesjes|mesjes|glas|spijkers|batteries|battery|razor|blades|glass|nails";
    private const string Ligature = "laken|lakens|touw|riem|veter|veters|snoer|kabel|sheet|sheets|rope|belt|shoelace|shoelaces|cord|cable";
    private const string Tied = "vastgeknoopt|geknoopt|knoopte|vastgebonden|nek|hals|tied|knotted|neck";
    private const string Whole = "alle|al|hele|heel|handvol|strip|strips|doos|doosje|pot|potje|all|whole|handful|box|bottle|pack|lot";
    private const string Height = "dak|brug|reling|borstwering|roof|rooftop|bridge|railing|ledge|parapet|tracks";
    private const string Standing = "staat|stond|stonden|staan|zit|zat|klimt|klom|geklommen|hangt|hing|stands|stood|standing|sits|sat|sitting|climbed|climbing|hanging";
    private const string Wounds = "snee|sneeen|sneden|snijwond|snijwonden|krassen|kerven|wonden|littekens|cuts|wounds|scratches|scars|gashes";
    private const string Limbs = "arm|armen|onderarm|onderarmen|pols|polsen|been|benen|dijen|arms|arm|forearm|forearms|wrist|wrists|legs|thighs";

    public static readonly Cue[] Cues =
    [
        Cue.Of(SelfHarm, "hongerstaking|dorststaking|afscheidsbrief*|afscheidsbericht*|zelfmoordbrief|doodsgedachten|suicidegedachten|levenseinde"),
        Cue.Of(SelfHarm, "hunger|thirst strike|striking", 0),
        Cue.Of(SelfHarm, "suicide|goodbye|farewell note|letter|letters", 0),
        Cue.Of(SelfHarm, "weigert|weigerde|weigeren|refuses|refused|refusing eten|drinken|vocht|voedsel|water|food|eat|drink|eating|fluids", Clause),
        Cue.Of(SelfHarm, "gestopt|stopt|stopte|stoppen met eten", 0),

        // A blade held to one's own body, and the thought of jumping: "holds it to his own wrist", "dacht dat springen makkelijker was".
        Cue.Of(SelfHarm, "to|against|tegen|op his|her|my|their|zijn|haar|mijn|hun own|eigen wrist|wrists|throat|pols|polsen|keel|hals", 0),
        Cue.Of(SelfHarm, "dacht|denk|denkt|dachten|overweeg|overweegt|thought|think|thinks|thinking|considered|considering dat|aan|over|about|of|te springen|jump|jumping", 1),

        // Wanting to die, thinking of death, not wanting to be here or to wake up.
        Cue.Of(SelfHarm, $"{Wanting} {Die}", 2).Unless(after: DangerLexicon.DeathAsIntensifier),
        Cue.Of(SelfHarm, $"{Die} {Wanting}", 1),
        Cue.Of(SelfHarm, "denkt|denk|dacht|denken|thinks|think|thinking|thought aan|about dying|death|dood|sterven", 1),
        Cue.Of(SelfHarm, "aan dood|sterven|zelfmoord|zelfdoding denkt|denk|dacht|denken|gedacht", 1),
        Cue.Of(SelfHarm, "niet|nooit|never meer|again wakker|wake", 1),
        Cue.Of(SelfHarm, "not|never wake up", 1),
        Cue.Of(SelfHarm, "niet meer leeft|leef|bestaat|besta", 1),
        Cue.Of(SelfHarm, "niet meer wil|wilt|wilde|wou zijn|bestaan", 1),
        Cue.Of(SelfHarm, "were|be|being not|no here|around|alive", 1),
        Cue.Of(SelfHarm, "het niet|nooit meer hoeft$", 3),
        Cue.Of(SelfHarm, "het|alles|allemaal|leven geen zin|reden meer$", 2),
        Cue.Of(SelfHarm, "geen zin|reden meer om te leven|bestaan", 2),
        Cue.Of(SelfHarm, "no reason|point|hope to|in live|living|going|life", 2),
        Cue.Of(SelfHarm, "beter af zonder", 1).WithPerson(),
        Cue.Of(SelfHarm, "better off without", 0).WithPerson(),
        Cue.Of(SelfHarm, "better off dead", 0),
        Cue.Of(SelfHarm, "afscheid|goodbye|farewell iedereen|everyone|voorgoed|good|laatste|last", 3),
        Cue.Of(SelfHarm, "laatste|last dag|keer|time|day spreken|spreekt|zien|ziet|speak|see|talk|afscheid|goodbye", 4),

        // Signs without the words: a goodbye in a letter, belongings given away, no food and no drink.
        Cue.Of(SelfHarm, $"{Letter} afscheid neemt|nam|nemen|genomen|neem", Clause),
        Cue.Of(SelfHarm, $"afscheid neemt|nam|nemen|genomen {Letter}", Clause),
        Cue.Of(SelfHarm, $"goodbye|farewell {Letter}", 1),
        Cue.Of(SelfHarm, $"{Letter} saying|say|said|to goodbye|farewell", 2),
        Cue.Of(SelfHarm, $"geeft|gaf|gaven|geven {Belongings} weg", Clause).With(NoLongerNeeded, 1),
        Cue.Of(SelfHarm, $"{Belongings} weggegeven|weggeven|weggeeft|weggaf|gegeven", Clause).With(NoLongerNeeded, 1),
        Cue.Of(SelfHarm, $"gave|gives|giving|given|give away {Belongings}", Clause).With(NoLongerNeeded, 1),
        Cue.Of(SelfHarm, $"gave|gives|giving|given|give {Belongings} away", Clause).With(NoLongerNeeded, 1),
        Cue.Of(SelfHarm, "nothing|niets|niks to|om live|leven|voor", 2),
        Cue.Of(SelfHarm, "eet|at|eten en|of drinkt|dronk|drinken niet|nauwelijks|geen", Clause),
        Cue.Of(SelfHarm, "niet|nauwelijks|geen gegeten|gedronken|eten|drinken en|of gegeten|gedronken|eten|drinken", 2),
        Cue.Of(SelfHarm, "stopped|stops|refuses|refused|refusing|quit|not eating|eaten|food and|or drinking|drunk|fluids|water", 2),

        // The means: pills taken or saved, swallowed objects, a ligature, a height, a blade.
        Cue.Of(SelfHarm, $"{Whole} {Pills} {Swallowed}", Clause),
        Cue.Of(SelfHarm, $"{Swallowed} {Whole} {Pills}", Clause),
        Cue.Of(SelfHarm, $"{Objects} {Swallowed}", Clause),
        Cue.Of(SelfHarm, $"{Swallowed} {Objects}", Clause),
        Cue.Of(SelfHarm, $"{Saving} {Pills}", Clause),
        Cue.Of(SelfHarm, $"{Pills} {Saved}", Clause),
        Cue.Of(SelfHarm, $"{Ligature} {Tied}", Clause),
        Cue.Of(SelfHarm, $"{Tied} {Ligature}", Clause),
        Cue.Of(SelfHarm, "strop|noose").Unless(before: "tekening tekeningen drawing drawings afbeelding picture"),
        Cue.Of(SelfHarm, $"{Standing} op|on|at|over {Height}", Clause),
        Cue.Of(SelfHarm, $"{Wounds} op|on {Limbs}", 3),
        Cue.Of(SelfHarm, "scheermesje|scheermes|mesje|razor|blade verstopt|verstopte|hides|hid|hidden|hiding", Clause),
        Cue.Of(SelfHarm, "zijn|haar|his|her|their hoofd|head tegen|against|into muur|wall|deur|door|muren|walls", 3).Unless(before: "loop loopt liep lopen run runs ran"),
        Cue.Of(SelfHarm, $"bonkt|bonken|bonkte|slaat|sloeg|banging|bangs|banged|hitting|hits {Reflexive}", 1),
        Cue.Of(SelfHarm, "strangle|strangled|strangling|choke|choked|choking|burn|burned|burnt|burning|starve|starving|drown|poison|poisoned himself|herself|myself|themselves", 0),
        // Taking others along: "neemt de kinderen mee in haar dood", "kill the children and then herself".
        Cue.Of(ExtendedSuicide, "meenemen|meeneemt|meenam|meegenomen|mee in|naar de|haar|zijn|hun dood|graf", 2),
        Cue.Of(ExtendedSuicide, "kill|kills|killed|killing and|then himself|herself|themselves|myself", Clause),

        Cue.Of(SelfHarm, "zich|zichzelf|mezelf|mijzelf wurgen|wurgt|wurgde|verwurgen|verbranden|verbrandt|verhongeren|uithongeren|verdrinken|vergiftigen|vergiftigd|verstikken", Clause),
    ];
}

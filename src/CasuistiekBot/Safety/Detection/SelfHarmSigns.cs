using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Suicide in the words of someone who does not say it: not being there by a day or a week, not making it to the end of
/// the month, no longer a burden, the means got ready or looked up, a height to stand on, a body cut without the word
/// "zichzelf", a hunger strike until death. Each family lists its verbs with their inflections, Dutch and English.
/// </summary>
internal static class SelfHarmSigns
{
    private const int Clause = CuePattern.AnyGap;
    private const string Limbs =
        "arm|armen|onderarm|onderarmen|pols|polsen|been|benen|bovenbeen|bovenbenen|dijen|dij|handen|hand|buik|huid|lijf|" +
        "arms|forearm|forearms|wrist|wrists|legs|leg|thighs|thigh|hands|hand|stomach|skin|body";
    private const string CutDutch = "gesneden|snijdt|sneed|snijden|gekrast|krast|kraste|krassen|gekerfd|kerft|kerfde";
    private const string CutEnglish = "cut|cuts|cutting|slashed|slashes|slashing|scratched|scratches|scratching|carved|carves|carving";
    private const string Wounds = "snee|sneeen|sneden|snijwond|snijwonden|krassen|kerven|wonden|littekens";
    private const string Horizon = "week|weekend|maand|kerst|zomer|verjaardag";
    private const string EnglishHorizon = "end|weekend|week|month|christmas|summer|friday|saturday|sunday|monday|tuesday|wednesday|thursday|birthday|hearing";
    private const string Pills =
        "pillen|pil|tabletten|medicijnen|medicatie|slaappillen|slaaptabletten|paracetamol|insuline|oxazepam|diazepam|" +
        "pills|tablets|medication|medicine|paracetamol|painkillers|sleeping|insulin";
    private const string Quantity = "doosjes|doosje|dozen|strips|potjes|potje|pakjes|voorraad|packs|packets|boxes|bottles|supply|stock";
    private const string Ligature = "touw|strop|riem|laken|veter|rope|noose|belt|sheet|cord";
    private const string HighPlace =
        "balustrade|vensterbank|dakrand|galerij|reling|verdieping|parkeergarage|balkon|dak|brug|viaduct|" +
        "ledge|windowsill|balcony|roof|rooftop|bridge|floor|storey|park|parking|overpass";

    public static readonly Cue[] Cues =
    [
        // A body cut, scratched or carved, told without "zichzelf".
        Cue.Of(SelfHarm, $"in zijn|haar|zn|mijn {Limbs} {CutDutch}", 2),
        Cue.Of(SelfHarm, $"{CutDutch} in zijn|haar|zn|mijn {Limbs}", Clause),
        Cue.Of(SelfHarm, $"{CutEnglish} his|her|their|my {Limbs}", 0),
        Cue.Of(SelfHarm, $"op zijn|haar|mijn {Limbs} {Wounds}", Clause),

        // Not there by a day to come; not making it to the end of it; no longer a burden.
        Cue.Of(SelfHarm, "ben|is|zijn|zal|zou ik|hij|zij|ze|je er niet|nooit meer", 2),
        Cue.Of(SelfHarm, "ik|hij|zij|ze er niet|nooit meer is|ben|zijn|zal", 3),
        Cue.Of(SelfHarm, $"{Horizon} niet|nooit halen$|haalt$|haal$|redden$|redt$|red$", 3).Unless(after: "met with"),
        Cue.Of(SelfHarm, "niet|nooit meer meemaken|meemaakt|beleven|beleeft", 2),
        Cue.Of(SelfHarm, $"wont|not|never make|makes|making it to|through|past|till|until the {EnglishHorizon}", 2),
        Cue.Of(SelfHarm, "wont|not|never be here|around|alive by|after|anymore|much", 1),
        Cue.Of(SelfHarm, "wont|not|no|never be|longer a burden|problem|nuisance", 1),
        Cue.Of(SelfHarm, "niemand|jullie meer tot last", 2),
        Cue.Of(SelfHarm, "geen last meer van me|mij", 1),
        Cue.Of(SelfHarm, "nobody|noone|niemand will|have|hoeft|need|zich worry|zorgen after|na|anymore|meer", Clause),
        Cue.Of(SelfHarm, "nooit|never meer|again iets|anything van|from hem|haar|me|mij|him|her horen|hoort|hear", 2),
        Cue.Of(SelfHarm, "never hear|hears from him|her|me again", 1),
        Cue.Of(SelfHarm, "beter|better dood|dead", 0),
        Cue.Of(SelfHarm, "verdwijnen|verdwijnt|verdween|disappear|disappears|disappeared|vanish|vanished voorgoed|good|forever|altijd", 2),
        // Putting one's own affairs in order for after one's death: the funeral, the will, who gets the pet.
        Cue.Of(SelfHarm, "eigen|zijn|haar|own|his|her begrafenis|uitvaart|crematie|funeral|cremation", 0)
            .With("regelen|regelt|regelde|geregeld|plannen|plant|gepland|uitgezocht|arranging|arranged|arranges|planning|planned|organised|organized", 0),
        Cue.Of(SelfHarm, "laatste|last berichtje|bericht|brief|briefje|message|letter|note|text", 0)
            .With("kinderen|familie|ouders|moeder|vader|vrouw|ex|zus|broer|children|kids|family|wife|husband|mother|parents", 0),
        Cue.Of(SelfHarm, "thank|thanks|thanked|bedankt|bedankte|sorry everyone|iedereen|for|voor everything|alles", 2).With("laatste|last|afscheid|goodbye|farewell|nooit|never", 0),

        // The means got ready, bought in quantity, or looked up.
        Cue.Of(SelfHarm, $"{Quantity} {Pills}", 2).With("gekocht|gehaald|aangelegd|verzameld|opgebouwd|bought|got|collected|built|ingespoten|ingenomen|geslikt|took|taken|swallowed", 0),
        Cue.Of(SelfHarm, $"collecting|collects|collected|verzamelen {Pills}", Clause),
        Cue.Of(SelfHarm, $"{Ligature} verstopt|verstopte|verborgen|klaar|klaargelegd|liggen|ready|hidden|hid|hides|hiding|stashed", Clause).Unless(after: "voor for"),
        Cue.Of(SelfHarm, $"{Ligature} brief|briefje|afscheidsbrief|letter|note", Clause),
        Cue.Of(SelfHarm, $"{Ligature} gekocht|gehaald|bought", Clause),
        Cue.Of(SelfHarm, $"koopt|kocht|kopen|bought|buys|buying {Ligature}", 3),
        Cue.Of(SelfHarm, $"{Ligature} om|around zijn|haar|his|her nek|hals|neck|throat", 1),
        Cue.Of(SelfHarm, $"hoeveel {Pills} dodelijk|fataal|sterven|dood", Clause),
        Cue.Of(SelfHarm, $"how many|much {Pills} fatal|lethal|die|dying|kill|overdose", Clause),
        Cue.Of(SelfHarm, "dodelijke|lethal|fatal dosis|dose|hoeveelheid|amount"),
        Cue.Of(SelfHarm, "ingespoten|injected insuline|insulin|alles|all|everything", Clause),

        // A height: sitting or standing on it, or speaking of jumping from it.
        Cue.Of(SelfHarm, $"staat|stond|zit|zat|klimt|klom|hangt|stands|stood|standing|sits|sat|sitting|climbed|climbing op|on|over|at {HighPlace}", Clause),
        Cue.Of(SelfHarm, $"edge|rand|dakrand {HighPlace}", Clause).With("staat|stond|zit|zat|standing|stands|stood|sitting|sits|sat|climbed", 0),
        Cue.Of(SelfHarm, $"van|from|off {HighPlace} springen|springt|sprong|spring|springen|jump|jumps", Clause),
        Cue.Of(SelfHarm, $"springt|springen|spring|sprong|jump|jumps|jumping|jumped van|from|off {HighPlace}", Clause),

        // "Eerst die ambtenaar neerschieten en daarna zichzelf": someone else first, then oneself.
        Cue.Of(CueKind.ExtendedSuicide, "neerschieten|neerschiet|neersteken|neersteekt|doodschieten|doodschiet|vermoorden|vermoordt|afmaken|doden|shoot|stab daarna|dan|vervolgens|then zichzelf|mezelf|himself|herself|myself", Clause),

        // Refusing food and drink until death, or for days.
        Cue.Of(SelfHarm, "until|tot he|she|i|hij|zij|ik|ze dies|die|died|dead|dood|doodgaat|sterft|overlijdt|erbij", 1),
        Cue.Of(SelfHarm, "eet|at|drinkt|dronk dagen|weken|days niet|niks|niets|nauwelijks", 2),
        Cue.Of(SelfHarm, "drinkt|dronk|eet niks|niets meer", 3),
        Cue.Of(SelfHarm, "not|nothing eaten|eating|drunk for|in days|weeks", 3),
    ];
}

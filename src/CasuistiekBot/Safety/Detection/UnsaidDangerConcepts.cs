using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Dangers told by what is done or said around them rather than by their name, in families that new writers kept using:
/// a body hurt in other ways than cutting (burnt, scratched open, a head against a wall, something sharp swallowed, lips
/// sewn shut), a means laid out with a last word, the railway, a letter for after; a killing in slang or bought (a price
/// on a head, a job put out on someone), a return with friends or something sharp, a home shot at, a cry for help heard, a fight going on now; the writer's street,
/// schedule or address known or published; a child not brought back after a visit. Whose danger it is follows from the
/// people around the cue, as for every cue.
/// </summary>
internal static class UnsaidDangerConcepts
{
    private const int Clause = CuePattern.AnyGap;
    private const string Reflexive = "zich|zichzelf|mezelf|mijzelf|jezelf";
    private const string EnglishReflexive = "himself|herself|myself|themselves|yourself";
    private const string Limbs = "arm|armen|onderarm|onderarmen|pols|polsen|been|benen|buik|huid|arms|arm|wrists|wrist|legs|skin";
    private const string Swallowed = "ingeslikt|doorgeslikt|slikte|slikt|geslikt|swallowed|swallows|swallowing";
    private const string Sharp = "scheermesje|scheermesjes|mesje|mesjes|glas|scherf|scherven|batterij|batterijen|spijker|spijkers|razor|razorblade|blade|blades|glass|battery|batteries|nail|nails";
    private const string Pills = "pillen|tabletten|medicijnen|slaappillen|medicatie|pills|tablets|medication";
    private const string Home = "voordeur|deur|huis|woning|raam|ramen|auto|door|house|home|window|windows|car";
    private const string Whereabouts = "schedule|street|address|route|shifts|rooster|straat|adres|route|werktijden|diensten";

    public static readonly Cue[] Cues =
    [
        // A body hurt without a knife: burnt, scratched or opened, a head beaten against a wall, sharp things swallowed.
        Cue.Of(SelfHarm, $"{Reflexive} brandt|brand|brandde|branden|verbrandt|verbranden|krabt|krab|krabde|krabben|openkrabt|openkrabben", Clause).Unless(after: "aan"),
        Cue.Of(SelfHarm, $"brand|brandt|brandde|verbrandt|krab|krabt|krabde {Reflexive}", 0).Unless(after: "aan"),
        Cue.Of(SelfHarm, $"burn|burns|burning|burned|burnt|scratch|scratches|scratching|scratched|starve|starves|starving {EnglishReflexive}", 0),
        Cue.Of(SelfHarm, $"{Limbs} open opengehaald|opengekrabd|opengekrast|gehaald|gekrabd|gekrast", 2),
        Cue.Of(SelfHarm, $"{Limbs} opengehaald|opengekrabd|opengekrast", 2),
        Cue.Of(SelfHarm, "bonkt|bonken|bonkte|slaat|sloeg|beukt|beukte|banging|bangs|banged|smashing|hitting hoofd|head tegen|against muur|celmuur|wand|deur|wall|walls|door|bars", Clause),
        Cue.Of(SelfHarm, "hoofd|head tegen|against muur|celmuur|wand|wall|walls bonkt|bonken|bonkte|slaat|sloeg|beukt|beukte|banging|bangs", Clause),
        Cue.Of(SelfHarm, $"{Sharp} {Swallowed}", 2),
        Cue.Of(SelfHarm, $"{Swallowed} a|een|some|pieces|stukjes {Sharp}", 2),
        Cue.Of(SelfHarm, "lippen|mond|lips|mouth dichtgenaaid|dichtgenaaide|dichtnaaien|sewn|sewed|stitched", Clause),
        Cue.Of(SelfHarm, "sewn|sewed|stitched his|her|their lips|mouth", 1),

        // The means laid out, with a last word; the railway; a letter left for after; "by the time you read this".
        Cue.Of(SelfHarm, $"{Pills} klaargelegd|klaargezet|klaarliggen|klaar|laid|ready", Clause).With("laatste|afscheid|last|goodbye|farewell|allemaal|all", 0),
        Cue.Of(SelfHarm, "spoor|rails|treinrails|track|tracks|railway gaan|gaat|ga|ging|going|go staan|liggen|lopen|stand|lie|walk|step", 2)
            .Unless(before: "goede juiste verkeerde zelfde right wrong same"),
        Cue.Of(SelfHarm, "touw|strop|laken|rope|noose|sheet aan|from|to een|de|a|the balk|plafond|haak|beam|ceiling|hook", 2),
        Cue.Of(SelfHarm, "brief|brieven|briefje|briefjes|letter|letters|note|notes voor|for na$|erna$|daarna$|after$|afterwards$", Clause),
        Cue.Of(SelfHarm, "by the time you read|see", 1).With("over|gone|dead|late|weg|dood|voorbij|laat", 0),
        Cue.Of(SelfHarm, "als|wanneer|tegen je|jij|u dit leest|leest", 1).With("voorbij|weg|dood|laat|over", 0),

        // A killing in slang, or bought: a price on a head, a job put out on someone.
        Cue.Of(Harm, "koud maken|maakt|maak|gemaakt|te", 1),
        Cue.Of(Harm, "maak|maakt|maken|maakte je|jou|hem|haar|jullie|ze koud", 0),
        Cue.Of(Harm, "prijs|premie|price|bounty op|on zijn|haar|mijn|je|jouw|het|de|his|her|my|your|the hoofd|head", 1),
        Cue.Of(Harm, "klus|opdracht|contract uitgezet|uitgeschreven", 2),
        Cue.Of(Harm, "hit|contract out on", 0),

        // Coming back with others or with something sharp; stabbing or shooting someone down, the particle at the end.
        Cue.Of(Harm, "met|with een|a paar|few|couple vrienden|maten|friends|mates|jongens|boys", 2).With("terugkomt|terugkomen|terugkom|terug|back", 0),
        Cue.Of(Harm, "met|with iets|something scherps|sharp", 0),
        Cue.Of(Harm, "steek|steekt|stak|staken|schiet|schoot|schoten neer$", Clause).WithPerson(),

        // A home shot at; a cry for help heard; a fight going on now.
        Cue.Of(Harm, "beschoten|beschieten|beschiet"),
        Cue.Of(Harm, $"op|at zijn|haar|hun|de|het|mijn|his|her|their|the|my {Home} geschoten|gevuurd", Clause),
        Cue.Of(Harm, "shots fired|at", 0),
        Cue.Of(Harm, "shot|fired at", 0).WithPerson(),
        Cue.Of(Harm, "om hulp riep|roept|riepen|roepen|schreeuwt|schreeuwde|schreeuwen|gilt|gilde|gillen", 0),
        Cue.Of(Harm, "screaming|shouting|crying|calling|screamed|shouted|cried|yelling|yelled for help", 0),
        Cue.Of(Harm, "vechten|vecht|knokken|knokt|fighting", 0).With("nu|now|moment|momenteel|currently", 0)
            .Unless(after: "for voor against tegen over om"),

        // The writer's street, schedule or address known, or a home address put online; "here you can find her".
        Cue.Of(StaffThreat, $"know|knows|knew your|my {Whereabouts}", 1),
        Cue.Of(StaffThreat, $"weet|weten|wist jouw|mijn {Whereabouts}", 1),
        Cue.Of(StaffSign, "huisadres|huisadressen|woonadres|woonadressen|address|addresses gezet|zette|gepubliceerd|publiceerde|published|doxxed|gedoxt", Clause),
        Cue.Of(Harm, "hier|here kun|kunnen|can je|jullie|you hem|haar|her|him|ze|them vinden|find", 1),

        // A child not brought back after a visit.
        Cue.Of(Neglect, "niet|nooit teruggebracht|thuisgebracht", 1),
        Cue.Of(Neglect, "not|never returned", 1),
        Cue.Of(Neglect, "not|never brought back", 1),
        Cue.Of(Neglect, "enkele reis", 0),
        Cue.Of(Neglect, "one way ticket", 0),
        Cue.Of(Neglect, "nauwelijks|niet|barely|not aanspreekbaar|responsive", 0),
        Cue.Of(Neglect, "unresponsive"),
    ];
}

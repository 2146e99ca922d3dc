using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Threats as people actually make them: idioms that promise harm without naming it ("krijgt hem wel te pakken", "moet
/// verdwijnen", "will deal with her", "finish what he started"), ammunition and a weapon kept at hand, hidden or
/// sharpened, objects thrown at someone, a ban on contact broken, a home's door under attack. Whose danger it is follows
/// from the people around the cue, as for every harm.
/// </summary>
internal static class ThreatConcepts
{
    private const int Clause = CuePattern.AnyGap;
    private const string Weapons =
        "mes|messen|keukenmes|vleesmes|stanleymes|hamer|knuppel|honkbalknuppel|bijl|machete|schroevendraaier|pistool|vuurwapen|geweer|wapen|schaar|" +
        "knife|knives|hammer|bat|axe|machete|screwdriver|crowbar|gun|pistol|rifle|weapon|scissors";
    private const string Hideouts =
        "binnenzak|zak|broekzak|jaszak|tas|rugzak|jas|mouw|kofferbak|auto|kussen|matras|" +
        "pocket|pockets|bag|backpack|jacket|coat|sleeve|waistband|boot|trunk|car|pillow|mattress";
    private const string Improvised = "lepel|tandenborstel|schroevendraaier|stok|stuk|kam|pen|spoon|toothbrush|screwdriver|stick|piece|comb|pen|mes|knife";
    private const string Thrown = "gooien|gooit|gooide|gegooid|smijten|smijt|smeet|gesmeten|werpen|wierp";
    private const string Said = "zei|zegt|zeiden|zeggen|gezegd|riep|roept|appte|appt|schreef|dreigde|dreigt|said|says|told|tells|texted|wrote|threatened|shouted|yelled";
    private const string Orders = "contactverbod|straatverbod|gebiedsverbod|locatieverbod|huisverbod|restraining|protection|contact";
    private const string Door = "deur|voordeur|raam|ramen|ruit|door|window|windows";

    public static readonly Cue[] Cues =
    [
        // Idioms that promise harm to someone.
        Cue.Of(Harm, "te pakken krijgen|krijgt|krijg|nemen|neemt", 0),
        Cue.Of(Harm, "krijg|krijgen|krijgt jou|je|hem|haar|jullie nog wel", 0),
        Cue.Of(Harm, "jou|je|hem|haar|jullie|ons|mij|me wel weet|weten te vinden", 1),
        Cue.Of(Harm, "knows|know|will|ll where to find him|her|you|them|me", 1),
        Cue.Of(Harm, "find|finds|found out where he|she|you|they|i|we live|lives", 1),
        Cue.Of(Harm, "weet|weten|wist|know|knows|knew waar|where woont|wonen|woon|woonde|verblijft|lives|live|stays", 3).With(Said, 0),
        Cue.Of(Harm, "moet|moeten|must verdwijnen|dood|disappear|die", 0).WithPerson(),
        Cue.Of(Harm, "has|have|should|needs to disappear|die", 1).WithPerson(),
        Cue.Of(Harm, "finish|finishes|afmaken|afmaakt what|wat|waar he|she|they|i|hij|zij|ik started|begon|begonnen|mee", 1),
        Cue.Of(Harm, "will|ll|gonna|going|shall pay for it|what|this|that", 2),
        Cue.Of(Harm, "deal|dealt|dealing with", 0).WithPerson()
            .Unless(after: "request requests application applications case cases file files complaint complaints question questions claim appeal issue issues paperwork"),
        Cue.Of(Harm, "sort|sorts|sorted him|her|them|you out", 0),
        Cue.Of(Harm, "niet|nooit navertellen|navertelt", 3),
        Cue.Of(Harm, "niet|nooit na vertellen|vertelt", 2),
        Cue.Of(Harm, "not|never live|lives to see", 0),
        Cue.Of(Harm, "ongelukje|ongelukjes|ongeluk krijgen|krijgt|overkomen|overkomt|gebeuren", 2),
        Cue.Of(Harm, "accident|accidents happen|happens|could|might|will", 1),
        Cue.Of(Harm, "zonde|jammer|shame|pity als|if er|something|anything iets|mee|happened|happens|gebeurt|gebeurde|overkomt|happen", 3),
        Cue.Of(Harm, "should|better|had be careful home|tonight|outside|alone|night|dark|street|streets", 3),
        Cue.Of(Harm, "doden|doodt|doodde|gedood").WithPerson().Unless(before: "de geen"),
        Cue.Of(Harm, "hitting|beating|slapping|punching|kicking|dragging|dragged|drags").WithPerson(),
        Cue.Of(Harm, "sleurt|sleurde|sleuren|gesleurd|sleept|sleepte|gesleept").WithPerson(),
        Cue.Of(Harm, "uithuwelijk*|uitgehuwelijkt|kindhuwelijk*|huwelijksdwang"),
        Cue.Of(Harm, "gedwongen huwelijk", 0),
        Cue.Of(Harm, "married off", 0),
        Cue.Of(Harm, "forced|child marriage|bride", 0),
        Cue.Of(Harm, "maak|maakt|maken|maakte haar|hem|jou|je|ze|jullie af$", 0),
        Cue.Of(Harm, "are|were|is|was|zijn|waren fighting|vechten|knokken", 0).Unless(after: "for voor against tegen over om the this that deze dit"),
        Cue.Of(Harm, "bleeding|bloedt|bloedend|bloedde").WithPerson(),
        Cue.Of(Harm, "hoofd|gezicht|head|face geslagen|getrapt|geschopt|gestompt|gebeukt|hit|kicked|punched|struck", 1),
        Cue.Of(Harm, "aan|by zijn|haar|his|her arm|armen|haren|oor|arms|hair|ear sleuren|gesleurd|sleurde|getrokken|trekken|dragged|pulled", Clause),

        // Ammunition, a drawing of a noose or a crossed-out photo: a message that needs no words.
        // "Er een kogel doorheen jagen" kills off a plan, not a person.
        Cue.Of(Harm, "kogel|kogels|bullet|bullets|cartridge|cartridges|hagelpatroon|hagelpatronen|munitie|ammunition").Unless(after: "doorheen"),
        Cue.Of(StaffThreat, "pictures|photos|drawings|fotos|tekeningen|foto|photo|picture|tekening of|van officer|officers|collega|colleague|beslismedewerker|toezichthouder|guard|bewaarder|medewerker|staff|piwer|caseworker|reclasseringswerker", 1)
            .With("house|home|children|kids|car|huis|kinderen|auto|woning|door|voordeur|address|adres", 0),
        Cue.Of(Harm, "tekening|tekeningen|drawing|drawings|afbeelding|picture van|of een|a strop|noose|doodskist|coffin|graf|grave", 2),
        Cue.Of(Harm, "foto|fotos|photo|photos|picture|pictures kruis|cross erdoor|through|doorgestreept|crossed", Clause),

        // A weapon taken up, shown, kept hidden or made.
        Cue.Of(Harm, $"{Weapons} in|onder|under achter|de|een|zijn|haar|his|her|the|a {Hideouts}", 2).Unless(before: "vond vonden gevonden found finds confiscated"),
        Cue.Of(Harm, $"pakte|pakt|greep|grijpt|haalde|haalt|grabbed|grabs|picked|fetched|took|liet|laat|toonde|toont|showed|shows|flashed {Weapons}", 4),
        Cue.Of(Harm, $"{Weapons} gepakt|gehaald|tevoorschijn|gegrepen|zien", 4),
        Cue.Of(Harm, $"sharpened|geslepen|aangepunt|scherpgeslepen|puntgeslepen {Improvised}", 1),
        Cue.Of(Harm, $"{Improvised} sharpened|geslepen|aangepunt|scherpgemaakt", 3),
        Cue.Of(Harm, $"turn|turns|turned|turning the|a|his|her gun|weapon|knife on", 1),

        // Objects thrown at someone, the verb before or after its target.
        Cue.Of(Harm, $"naar|tegen|op {Thrown}", Clause).WithPerson(),
        Cue.Of(Harm, $"naar|tegen te {Thrown}", Clause).WithPerson(),
        Cue.Of(Harm, "threw|thrown|throws|throwing|hurled|hurls|hurling|flung|flings at", Clause).WithPerson(),

        // A ban on contact broken, a door or window under attack.
        Cue.Of(Harm, $"ondanks|despite|schendt|schond|negeert|negeerde|violated|violates|breached|breaches|breaking|ignoring {Orders}", 2),
        Cue.Of(Harm, $"bonkt|bonken|bonkte|beukt|beukte|beuken|trapt|trapte|schopt|schopte op|tegen de|het|haar|zijn|mijn|onze {Door}", 1),
        Cue.Of(Harm, $"banging|pounding|hammering|kicking|bangs|pounds on|at|in the|her|his|my|our {Door}", 1),
    ];
}

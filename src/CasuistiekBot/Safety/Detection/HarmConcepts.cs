using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Violence and threats as concepts: verbs of bodily harm with their inflections and separable parts, weapons in
/// someone's hands, injuries, fire and explosives, and the idioms of a threat ("watch your back", "een lesje leren").
/// Whose danger it is (a child's, staff's, anyone's) follows from the people around the cue.
/// </summary>
internal static class HarmConcepts
{
    private const int Clause = CuePattern.AnyGap;
    private const string Weapons =
        "mes|messen|keukenmes|vleesmes|stanleymes|hamer|knuppel|honkbalknuppel|bijl|machete|schroevendraaier|pistool|vuurwapen|geweer|wapen|" +
        "knife|knives|hammer|bat|axe|machete|screwdriver|crowbar|gun|pistol|rifle|weapon";
    private const string Body = "keel|nek|haren|kraag|throat|neck|hair|collar";
    private const string BodyParts = "vingers|vinger|arm|armen|benen|ribben|rib|neus|kaak|pols|schedel|fingers|finger|arm|arms|leg|legs|ribs|nose|jaw|skull|wrist";

    public static readonly Cue[] Cues =
    [
        // Bodily harm, Dutch: separable verbs and their te-infinitives ("dreigde mij neer te steken").
        Cue.Of(Harm, "neer|dood|elkaar te steken|schieten|slaan|trappen|schoppen|knallen", 0),
        Cue.Of(Harm, "om te brengen|leggen", 0).WithPerson(),
        Cue.Of(Harm, "ombrengen|omgebracht|ombrengt|kapotmaken|kapotmaakt|kapotgemaakt|neersteken|neersteekt|neerstak|neerschiet|neerknallen|neergeknald|doodslaan|doodgeslagen|doodtrappen"),
        Cue.Of(Harm, "brengt|bracht|brengen om$", 2).WithPerson(),
        Cue.Of(Harm, "maakt|maak|maken|maakte kapot$", 2).WithPerson(),
        Cue.Of(Harm, "ingestoken|instak|insteekt|insteken|gestoken").WithPerson(),
        Cue.Of(Harm, "sloeg|slaat|sloegen|slaan|schopte|schopt|trapte|trapt|stak|steekt naar", Clause).WithPerson(),
        Cue.Of(Harm, "steekpartij|schietpartij|steekwond|steekwonden|schotwond|wurggreep|verwurging|nekklem|chokehold|headlock"),
        Cue.Of(Harm, "geschopt|schopt|schopte|schoppen|getrapt|trapt|trapte|gestompt|stompt|stompte|gebeten|geknepen|knijpt|kneep|gewurgd|wurgt|wurgde").WithPerson(),
        Cue.Of(Harm, $"bij|aan|naar de|mijn|zijn|haar|je|zn|hun {Body}|arm|armen|strot gegrepen|grijpen|greep|grijpt|gepakt|pakte|vastgepakt|vastgegrepen|vliegen|vloog|gevlogen", 2),
        Cue.Of(Harm, $"gegrepen|greep|grijpt|pakte|trok|getrokken bij|aan {Body}", 2),
        Cue.Of(Harm, "keel doorsnijden|doorsnijdt|doorgesneden|doorsnijd|dichtknijpen|dichtgeknepen|dichtknijpt", 1),
        Cue.Of(Harm, $"{BodyParts} gebroken|breken|brak|breekt|broken|broke|break", 1),
        Cue.Of(Harm, $"gebroken|breken|brak|breekt|broken|broke|break|breaks {BodyParts}", 2),
        Cue.Of(Harm, "bewusteloos|unconscious geslagen|geschopt|getrapt|gemept|beaten|kicked|knocked|punched|hit", 1),
        Cue.Of(Harm, "knocked|beat|beaten|kicked|punched unconscious|senseless", 1),
        Cue.Of(Harm, "kokend|kokende|heet|hete|boiling|scalding water|olie|oil", 0),
        Cue.Of(Harm, "overgoten|overgiet|overgoot|doused").WithPerson(),

        // Bodily harm, English.
        Cue.Of(Harm, "punch|punched|punches|punching|kick|kicked|kicks|kicking|slap|slapped|slaps|choke|choked|chokes|strangles|strangling|beating|beaten|burns|burned|burnt").WithPerson(),
        Cue.Of(Harm, "grabbed|grab|grabs|seized|pulled|dragged by|at throat|neck|hair|collar", 3),
        // Laying hands on someone: "grabbed my colleague's arm", "slammed her against the wall", "pinned him down".
        Cue.Of(Harm, "grabbed|grabbing|seized|gripped|shoved|slammed|pinned|cornered").WithPerson().Unless(after: "door phone coffee lunch chance opportunity"),
        Cue.Of(Harm, "grabbed|grabbing|seized|gripped my|his|her|their|the arm|arms|wrist|wrists|throat|neck|collar|hair|shirt|jacket|coat", 3),
        Cue.Of(Harm, "in|into the face|stomach|head", 0).Unless(after: "of", before: "look looked looking stare staring said told"),
        Cue.Of(Harm, "burn|burns|burned|burnt down", 3),
        Cue.Of(Harm, "set|sets fire|alight", 2),
        Cue.Of(Harm, "make|makes|made sure never walks|walk|sees|see again", Clause),
        Cue.Of(Harm, "break|breaks|broke his|her|their|your|my legs|arms|neck|bones", 1),

        // A weapon in someone's hands or in the room.
        Cue.Of(Harm, $"met|with {Weapons}", 2),
        Cue.Of(Harm, $"loopt|liep|staat|stond|zwaait|zwaaide|dreigt|dreigde|walking|standing|waving|waved|carrying|carries|holding|holds rond|around {Weapons}", 4),
        Cue.Of(Harm, $"{Weapons} bij|op zich|zak", 1),
        Cue.Of(Harm, $"{Weapons} on|with him|her|them|me", 0),
        Cue.Of(Harm, $"trok|trekt|trekken|getrokken|pulled|pulls|pulling|drew|draws|brandished|brandishing|brandishes {Weapons}", 4),
        Cue.Of(Harm, $"{Weapons} trekt|trok|trekken|getrokken", 0),
        Cue.Of(Harm, "boksbeugel|boksbeugels|stiletto|vlindermes|springmes|machete|taser|stroomstootwapen|knuckleduster|knuckledusters|switchblade|handgun|revolver"),
        Cue.Of(Harm, $"carrying|carries|carried|droeg|draagt {Weapons}", 2),
        // Not the time bomb of a backlog, nor "de bom is gebarsten".
        Cue.Of(Harm, "bom|bommen|explosief|explosieven|handgranaat|bomb|bombs|explosive|explosives|grenade|molotov")
            .Unless(after: "barsten barst barstte gebarsten", before: "tikkende tikkend ticking time"),
        Cue.Of(Harm, "lucht in gaan|gaat|laten|vliegen|vliegt|jagen|jaagt|blazen|blaast", 1),
        Cue.Of(Harm, "blow|blows|blew|blowing up the|this|that|your|our|their|his|her|an|a", 0),

        Cue.Of(Harm, "threw|thrown|throws|gooide|gooien|gooit|gegooid|smeet|gesmeten door|through ruit|ruiten|raam|ramen|window|windows", Clause),

        // Fire set against people or their home.
        Cue.Of(Harm, "in brand|fik steken|steekt|stak|zetten|zet|gestoken|te", 1),
        Cue.Of(Harm, "brandstichting|brandbom|jerrycan|jerrycans|arson"),

        // Threats: to someone, or the idioms that carry one.
        Cue.Of(Harm, "dreigde|dreigt|dreigen|gedreigd|dreigend|threatened|threatens|threaten mij|me|hem|ons|jou|us|him|you|collega|collegas|colleague|colleagues", 1),
        Cue.Of(Harm, "mij|me|hem|ons|jou|us|him|you gedreigd|bedreigd", 0),
        Cue.Of(Harm, "hem|haar|ze|hen|mij|me|jou|ons iets aan te doen", 1),
        Cue.Of(Harm, "watch|watches your|his|her|their back", 0),
        Cue.Of(Harm, "dreigende|threatening berichten|brieven|mails|appjes|sms|telefoontjes|messages|letters|emails|calls|texts", 1),
        Cue.Of(Harm, "doden|gewonden gaan|zullen|vallen|valt", 1),
        Cue.Of(Harm, "vallen|gaan|zullen doden|gewonden", 1),
        Cue.Of(Harm, "people|someone|somebody will|ll|gonna|going die|get", 2),
        Cue.Of(StaffThreat, "watch|watches my|our back", 0),
        // "Dan zal hij het voelen", "dat die het dan wel zal voelen": retribution promised to a person.
        Cue.Of(Harm, "hij|zij|ze|die|jij|je|jullie het|dat zal|zullen|gaat|gaan|zult voelen$|bezuren$", 2).Unless(after: "als alsof"),
        Cue.Of(Harm, "zal|zullen|gaat|gaan|zult hij|zij|ze|die|jij|je|jullie het|dat voelen$|bezuren$", 1).Unless(after: "als alsof"),
        Cue.Of(Harm, "het|dat zal|zullen|gaat|gaan|zult hij|zij|ze|die|jij|je|jullie voelen$|bezuren$", 1).Unless(after: "als alsof"),
        Cue.Of(Harm, "wel|nog zal|zullen|gaat|gaan|zult voelen$|bezuren$", 0).Unless(after: "als alsof"),
        Cue.Of(Harm, "lesje leren|leert|geleerd", 1),
        // A list of the names or addresses of people carried or found: who is on it is who is threatened.
        Cue.Of(Harm, "lijst|lijstje|list namen|names|adressen|addresses|fotos|photos", 2).With("bij|on zich|him|her|them", 0),
        Cue.Of(Harm, "lijst|lijstje|list namen|names|adressen|addresses|fotos|photos", 2).With("gevonden|aangetroffen|found|carrying|carried|droeg", 0),
        Cue.Of(Harm, "teach|teaching|taught him|her|them|you|me|us a lesson", 1),
        Cue.Of(Harm, "me|mij|je|jou|jullie|hem|ons gaan|komen|zullen|zal|komt|ga pakken", 0),
        Cue.Of(Harm, "hem|haar|mij|me|jou aan te pakken", 0),
        // "Dat hij mij buiten op zal wachten" (but "daar zit niemand op te wachten" is about wanting).
        Cue.Of(Harm, "op zal|zullen|gaat|gaan|komt|komen|te|staat|staan wachten", 0).Unless(before: "zit zitten zat zaten daar er hier waar"),
        Cue.Of(Harm, "will|ll|gonna regret|sorry", 2),
        Cue.Of(Harm, "je|jij|jullie krijgt|krijg|krijgen spijt", 2),
        Cue.Of(Harm, "kijk|kijken|pas|passen maar uit|op$", 1),
    ];
}

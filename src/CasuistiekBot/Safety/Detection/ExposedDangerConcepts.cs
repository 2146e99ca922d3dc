using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Dangers without a danger word: a sick child kept from care (a fever and no doctor, a baby that stops drinking), a
/// child sleeping outside in the cold, someone arranging what happens after their death (their body sent home, their
/// photos destroyed with a farewell), and staff shown in public as targets (their photos or names with "murderers").
/// Neglect counts only with a child in the clause, a staff sign only with the writer or staff in it, as for every cue.
/// </summary>
internal static class ExposedDangerConcepts
{
    private const int Clause = CuePattern.AnyGap;
    private const string Sick = "koorts|fever|uitgedroogd|dehydrated|benauwd|ziek|sick|ill";
    private const string NoCare = "niet|geen|zonder|nooit|bang|durft|not|no|without|never|afraid|scared|wont|cant|cannot";
    private const string Care = "dokter|arts|huisarts|ziekenhuis|spoedeisende|eerstehulp|doctor|hospital|gp|clinic";
    private const string Weak = $"{Sick}|slap|suf|floppy|drowsy|luier|luiers|nappy|nappies|diapers|braakt|overgeven|vomiting";
    private const string Outside = "buiten|straat|station|park|portiek|bankje|outside|street|streets|rough|bench|doorway";
    private const string Cold = "vriezen|vriest|vorst|koud|kou|ijskoud|vrieskou|winterkou|freezing|frost|cold|snow|sneeuw";
    private const string Marked = "moordenaars|moordenaar|verraders|verrader|landverraders|beulen|nazis|murderers|murderer|killers|traitors|traitor|wanted";
    private const string Shown = "fotos|foto|foto's|gezichten|namen|portretten|photos|photo|pictures|faces|names|portraits";

    public static readonly Cue[] Cues =
    [
        // A sick child kept from care; a little one that stops drinking or eating.
        Cue.Of(Neglect, $"{Sick} {NoCare} {Care}", Clause),
        Cue.Of(Neglect, "drinkt|drinken|eet|eten|plast niet meer", 0).With(Weak, 0),
        Cue.Of(Neglect, "stopped|stops|not|isnt drinking|eating|feeding", 1).With(Weak, 0),

        // A child sleeping outside, and it is cold.
        Cue.Of(Neglect, $"slaapt|slapen|sliep|sleeps|sleeping|slept {Outside}", Clause).With(Cold, 0),

        // After one's death: the body sent home, the funeral arranged, "als ik er niet meer ben".
        Cue.Of(SelfHarm, "lichaam|uitvaart|begrafenis|graf", 0).With("er niet meer", 0),
        Cue.Of(SelfHarm, "body|funeral|burial|grave", 0).With("when|once|after im|hes|shes|i|he|she|am|is gone|dead", 1),
        Cue.Of(SelfHarm, "body|funeral|burial|grave", 0).With("no longer here|around|alive", 0),
        // Photos, letters or papers destroyed with a farewell.
        Cue.Of(SelfHarm, "fotos|foto|brieven|dagboek|papieren|photos|pictures|letters|diary|papers verscheurd|verscheurt|verbrand|vernietigd|weggegooid|torn|destroyed|burnt|burned", Clause)
            .With("afscheid|laatste|alles|allemaal|everything|goodbye|farewell|last", 0),

        // A child left in a closed car in the heat.
        Cue.Of(Neglect, "dichte|afgesloten|gesloten|hete|closed|locked|hot auto|car|bus", 1).With("hitte|warm|warmte|heet|zon|heat|hot|sun|sunshine", 0),
        Cue.Of(Neglect, "achtergelaten|gelaten|left|alone in de|het|a|the|their|hun auto|car", 2).With("hitte|warm|warmte|heet|zon|heat|hot|sun|sunshine", 0),

        // "Zij is de volgende", "you're next": someone told they are the next to be harmed.
        Cue.Of(Harm, "de volgende is|bent|ben|zijn|wordt", 0),
        Cue.Of(Harm, "is|bent|ben|wordt de volgende", 0).Unless(after: "keer|stap|dag|week|maand|jaar|stappen|in|op"),
        Cue.Of(Harm, "is|youre|hes|shes|are|am next", 0).Unless(after: "in|on|up|to|week|month|day|time|step|steps|year|hearing|meeting|appointment|turn"),

        // A rope or cord asked for, bought or hidden.
        Cue.Of(SelfHarm, "vroeg|vraagt|vroegen|wilde|zocht|zoekt|kocht|gekocht|verstopt|verstopte|asked|asks|wanted|bought|hid|hidden|hides touw|strop|rope|noose|koord|cord", 6),

        // Staff shown in public as targets: their photos or names with "murderers".
        Cue.Of(StaffSign, $"{Shown} {Marked}", Clause),
        Cue.Of(StaffSign, $"{Marked} {Shown}", Clause),
    ];
}

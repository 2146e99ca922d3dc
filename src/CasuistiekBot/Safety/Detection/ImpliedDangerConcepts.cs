using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Dangers implied rather than named, in the families a new writer kept using: things handed over because where one is
/// going they are not needed, "het hoeft allemaal niet meer", nobody would notice if one were gone, asking how high a
/// roof is; a staff member followed all the way home, grabbed, called on a private number nobody gave out; a list of
/// names carried; a child losing weight or kept from the baby clinic, put out of the house or sleeping in a car, used as a
/// courier, getting into cars with men, or with nobody to care for it. Whose danger it is follows from the people
/// around the cue, as for every cue: a neglect cue needs a child in its clause, a staff sign the writer or staff.
/// </summary>
internal static class ImpliedDangerConcepts
{
    private const int Clause = CuePattern.AnyGap;
    private const string Handed = "gaf|geeft|gaven|geven|gegeven|schonk|geschonken|overgemaakt|gave|gives|given|giving|handed|hands|left";
    private const string Belongings =
        "spullen|bezittingen|kleren|kleding|telefoon|laptop|gitaar|fiets|sieraden|horloge|ring|trouwring|kat|hond|huisdier|spaargeld|geld|jas|boeken|planten|" +
        "belongings|possessions|clothes|phone|laptop|guitar|bike|jewellery|jewelry|watch|ring|cat|dog|pet|savings|money|coat|books|plants|charger";
    private const string NotNeeded = "niet|nooit|not|never|wont|dont|geen nodig|need|needs|nodig";
    private const string HighPlace = "dak|brug|flat|balkon|viaduct|parkeergarage|galerij|toren|roof|rooftop|bridge|balcony|tower|garage|overpass";
    private const string Home = "huis|thuis|woning|deur|voordeur|auto|werk|kantoor|station|bushalte|tramhalte|halte|school|fiets|home|house|door|car|office|stop|station";
    private const string Private = "privenummer|privé|prive|private|personal|mobiel|mobile|privéadres|priveadres|huisadres|thuisadres|home";
    private const string Unknown = "onbekend|onbekende|anoniem|anonieme|afgeschermd|unknown|anonymous|withheld|stem|stemmen|voice|voices";
    private const string Couriers = "koerier|koeriers|drugskoerier|drugskoeriers|courier|couriers|drugsrunner|drugsrunners|lookout|uitkijk|geldezel|geldezels|katvanger|katvangers";

    public static readonly Cue[] Cues =
    [
        // Handing things over, because where one is going they are not needed.
        Cue.Of(SelfHarm, $"{Handed} {Belongings}", Clause).With(NotNeeded, 2),
        Cue.Of(SelfHarm, "waar|where ik|i|im|hij|he|hes|zij|she|shes|ze heen|naartoe|going|go ga|gaat|go|going|goes", 2).With("nodig|need|needs", 0),
        // "Het hoeft allemaal niet meer", "ik hoef niet meer", "het hoeft voor mij niet meer".
        Cue.Of(SelfHarm, "hoeft|hoef allemaal|alles niet|nooit meer$", 1),
        Cue.Of(SelfHarm, "ik hoef niet|nooit meer$", 0),
        Cue.Of(SelfHarm, "hoeft|hoef voor mij|me niet|nooit meer$", 0),
        // Nobody would notice or miss one if one were gone.
        Cue.Of(SelfHarm, "niemand|nobody|noone zou|zal|would|will|zouden merken|missen|notice|miss|care", 2)
            .With("niet|nooit|wasnt|werent|not|no|was|were meer|here|there|around|alive|longer|gone|dead|weg", 1),
        // Said with its own negation, which is then no denial: "doesn't see the point of waking up".
        Cue.Of(SelfHarm, "doesnt|dont|didnt|cant|cannot|not|never see|seeing|sees the|any point|reason of|in|to living|waking|life|live|continuing|going", 1),
        Cue.Of(SelfHarm, "doesnt|dont|didnt|cant|cannot|not|never see|seeing|sees the|any point anymore$", 1),
        // Asking how high a roof or a bridge is.
        Cue.Of(SelfHarm, "hoe|how hoog|high|tall", 0).With(HighPlace, 0),

        // Followed all the way home or to work; grabbed; called on a private number by voices one does not know.
        Cue.Of(StaffSign, $"volgt|volgde|volgden|volgen|gevolgd|achtervolgd|achtervolgt tot|naar {Home}", Clause),
        Cue.Of(StaffSign, $"tot|naar {Home} gevolgd|achtervolgd", Clause),
        Cue.Of(StaffSign, $"followed|follows|following|tailed|tailing home|to", 3).With(Home, 0),
        Cue.Of(StaffThreat, "hoe|how aan|got|get|found|vonden|vinden mijn|my|dat|that|haar|her|ons|our|zijn|his privenummer|nummer|number|adres|address|huisadres", 3).With(Private, 0),
        Cue.Of(StaffThreat, $"{Private} nummer|number|telefoon|phone|mobiel|mobile", 3).With(Unknown, 0),
        Cue.Of(StaffThreat, "privenummer|priveadres|huisadres|thuisadres").With(Unknown, 0),

        // A child losing weight, or kept from the baby clinic and the doctor.
        Cue.Of(Neglect, "afgevallen|vermagerd|ondergewicht|uitgemergeld|underweight|emaciated"),
        Cue.Of(Neglect, "niet|nauwelijks|not|barely|hasnt|isnt aangekomen|gegroeid|groeit|gained|grown|growing", 1),
        Cue.Of(Neglect, "lost|losing|loses weight", 1),
        Cue.Of(Neglect, "niet|nooit|geen|not|never|weigert|weigeren|weigerde|refuse|refuses|refused consultatiebureau|jeugdarts|kinderarts|wijkverpleegkundige", 6)
            .Unless(before: "hoeft hoeven hoefde need needs needed"),
        Cue.Of(Neglect, "weigert|weigeren|weigerde|refuse|refuses|refused|refusing|never doctor|dokter|arts|huisarts|gp|ziekenhuis|hospital", 4),

        // A child put out of the house, or sleeping in a car, a shed, on the street.
        Cue.Of(Neglect, "eruit|deur gegooid|gezet|uitgezet|geschopt|getrapt|gooide|zette", 2),
        Cue.Of(Neglect, "kicked|thrown|threw|kicks|throws|turned out", 2).Unless(after: "of by"),
        Cue.Of(Neglect, "kicked|thrown|threw|kicks|throws|turned|put out of the|his|her|their|my house|home|flat|place|room", 1),
        Cue.Of(Neglect, "slaapt|sliep|slapen|sleeps|sleeping|slept in|op|on|at|under auto|straat|station|park|fietsenstalling|stalling|trappenhuis|portiek|bankje|tent|schuur|garage|car|street|streets|bench|shed|stairwell|tent", 2),

        // A child used by criminals: a courier, a runner, a lookout; by a gang.
        Cue.Of(Neglect, Couriers),
        Cue.Of(Neglect, "door|by een|de|a|the bende|drugsbende|criminelen|dealers|gang", 1),
        // A child getting into cars with men nobody knows.
        Cue.Of(Neglect, "stapt|stapte|stappen|instappen|getting|gets|got|get|climbs in|into auto|autos|auto|car|cars|van|vans|busje", 2)
            .With("mannen|men|oudere|older|onbekende|unknown|strangers|volwassen|adult|adults", 0),
        Cue.Of(Neglect, "adult|adults|onbekende|unknown|strange man|mannen|men", 0),

        // Nobody is there to care for the child.
        Cue.Of(Neglect, "niemand|nobody|noone zorgt|zorgen|verzorgt|looking|looks|caring|cares|takes|taking|ophaalt|picks|picked|opvangt", Clause),
        Cue.Of(Neglect, "no one|adult is|was looking|caring|taking|picks|picked", 1),
    ];
}

using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// What a child tells or what is seen happening to a child, in the words people use for it: someone coming to her bed
/// at night and a secret she must keep, a baby shaken, a parent who drank driving off with the child, a child taken
/// abroad to marry or taken away for good, made to work or deal, alone in a dangerous place. Each counts only with a
/// child in the same clause.
/// </summary>
internal static class ChildDangerConcepts
{
    private const int Clause = CuePattern.AnyGap;
    private const string Room = "kamer|bed|slaapkamer|douche|badkamer|room|bed|bedroom|shower|bathroom";
    private const string Tell = "zeggen|vertellen|praten|tell|say|talk";
    private const string Exploited = "werken|work|sell|verkopen|dealen|stelen|rondbrengen|vervoeren|smokkelen|deal|steal|carry|smuggle|bedelen|beg";
    private const string Danger = "straat|weg|snelweg|parkeerplaats|spoor|water|kanaal|nacht|nachts|road|street|highway|motorway|park|tracks|canal|night";

    public static readonly Cue[] Cues =
    [
        // Sexual abuse as a child tells it: he comes to her room or bed, touches her, and she may not tell.
        Cue.Of(Neglect, $"komt|kwam|kruipt|kroop|komen|comes|came|creeps|crept|sneaks|gets op|in|into|bij haar|zijn|her|his|mijn|my {Room}", 3),
        Cue.Of(Neglect, "aan haar|hem|me|mij zit|zat|zitten|komt|kwam", 0),
        Cue.Of(Neglect, "touches|touched|touching|fondles|fondled|betast|betastte|betasten|aanraakt|aangeraakt").WithPerson(),
        Cue.Of(Neglect, $"mag|mocht|mogen|moet|moest er niks|niets|niet over|van {Tell}", 2),
        Cue.Of(Neglect, $"er niks|niets|niet over|van mag|mocht|mogen {Tell}", 1),
        Cue.Of(Neglect, "geheim moet|moeten|moest|houden|blijven", 1),
        Cue.Of(Neglect, "not|never to tell|say anyone|anybody|nobody|mum|mom|mother|her|his", 1),
        Cue.Of(Neglect, "our|a|their|little secret", 1),

        // A baby shaken or gone limp.
        Cue.Of(Neglect, "door elkaar geschud|schudt|schudden|schudde|gerammeld|rammelt", 1),
        Cue.Of(Neglect, "heen en weer geschud|schudt|schudden|schudde", 1),
        Cue.Of(Neglect, "unresponsive|limp|bewusteloos"),
        Cue.Of(Neglect, "buiten bewustzijn", 0),

        // Whoever has the child has been drinking and drives.
        Cue.Of(Neglect, "rook|ruikt|ruik|stonk|stinkt|smelled|smells|smelt|stank|stinks naar|of alcohol|drank|drink|booze|wiet|weed", 3),
        Cue.Of(Neglect, "promille|bloedalcohol"),
        Cue.Of(Neglect, "over the limit", 0),

        // Taken abroad to marry, or taken away for good.
        Cue.Of(Neglect, "buitenland|abroad|land|country wordt|worden|gebracht|gestuurd|taken|sent|being trouwen|huwen|marry|married|trouwt", Clause),
        Cue.Of(Neglect, "wordt|worden|moet|moeten|gedwongen|forced|being|sent|taken buitenland|abroad trouwen|huwen|marry|married", Clause),
        Cue.Of(Neglect, "nooit|never meer|again zien|terugzien|terug|see", 2),
        Cue.Of(Neglect, "never see|seeing|find|hear again", 4),
        Cue.Of(Neglect, "zonder|without toestemming|medeweten|permission|consent|knowledge meegenomen|weggehaald|gehaald|brengen|meenemen|took|taken|removed|abducted", Clause),
        Cue.Of(Neglect, "meegenomen|weggehaald|gehaald|took|taken|removed zonder|without toestemming|medeweten|permission|consent|knowledge", Clause),
        Cue.Of(Neglect, "ontvoerd|ontvoering|abducted|abduction|kidnapped"),

        // Made to work, deal or sell, or for a gang.
        Cue.Of(Neglect, $"moet|moeten|moest|must|made|forced|sent|dwingt|dwong {Exploited}", 5),
        Cue.Of(Neglect, "sell|sells|selling|verkoopt|dealt|deals|dealing drugs|wiet|coke|cocaine", 1),
        Cue.Of(Neglect, "voor|for een|a bende|drugsbende|criminelen|dealer|dealers|gang", 1),
        Cue.Of(Neglect, "durft|durfde|durven|dares|dare niet|not te|to weigeren|refuse", 1),
        Cue.Of(Harm, "slapen|sleep|sleeps|seks|sex met|with voor|for geld|money|cash", Clause),

        // Alone where a small child must not be.
        Cue.Of(Neglect, $"eentje|alleen|alone {Danger}", Clause),
    ];
}

using static CasuistiekBot.Safety.Detection.CueKind;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Signs that count only for whom they are about: a child left without care, hurt, exploited or gone missing; a staff
/// member followed, waited for, shown a photo of their own home, or whose address or face is spread. Each needs a child,
/// or the writer and colleagues, in the same clause; someone who follows or waits for a (former) partner threatens her.
/// </summary>
internal static class ChildAndStaffConcepts
{
    private const int Clause = CuePattern.AnyGap;
    private const string Address = "adres|adressen|woonadres|huisadres|voordeur|huis|woning|foto|fotos|werkplek|address|addresses|house|home|door|photo|photos|picture|workplace";
    private const string Spread = "internet|online|sociale|forum|facebook|instagram|tiktok|telegram|gevonden|opgezocht|gepost|geplaatst|verspreid|gedeeld|posted|shared|found|looked|spread";

    public static readonly Cue[] Cues =
    [
        // A child without care: nobody there, no food, not collected, gone.
        Cue.Of(Neglect, "zonder volwassene|volwassenen|toezicht|ouders|ouder|eten|begeleiding|opvang", 0),
        Cue.Of(Neglect, "niet|nooit opgehaald|gevoed|gegeten|verschoond", 1),
        Cue.Of(Neglect, "not|never been|being fed|collected|picked", 1),
        Cue.Of(Neglect, "geen eten|voedsel|food", 1),
        Cue.Of(Neglect, "honger|hungry|starving|ondervoed|malnourished|vuilnisbak|afval|bins"),
        Cue.Of(Neglect, "alone|unsupervised|unattended|abandoned|vermist|verdwenen|weggelopen|missing|disappeared"),
        Cue.Of(Neglect, "ran|run away", 0),
        Cue.Of(Neglect, "opgesloten|vastgebonden|vastgeketend|locked|tied"),
        Cue.Of(Neglect, "schedelbreuk|botbreuk|botbreuken|fractuur|fracture|fractures|brandwond|brandwonden|hersenletsel|letsel|injuries|injury"),
        Cue.Of(Neglect, "door elkaar geschud|schudt|schudden|schudde|rammelt|gerammeld", 0),
        Cue.Of(Neglect, "shook|shaking|shakes|shaken"),
        Cue.Of(Neglect, "gedwongen|dwingt|dwingen|dwong|forced|forces|forcing drugs|seks|prostitutie|stelen|werken|sex|steal|work|deal|dealen", 4),
        Cue.Of(Neglect, "bang|durft|durven|durf|durfde|durfden|scared|afraid|frightened naar|to huis|home|go", 2),
        Cue.Of(Neglect, "zit|zat|zitten|zaten|blijft|bleef|blijven|ligt|lag|liggen|gelaten|achtergelaten|laat|liet|laten alleen in|op huis|woning|flat|auto|kamer|appartement|caravan|bed", 3),
        // Whoever should care for the child is not able to: drunk or high.
        Cue.Of(Neglect, "dronken|stomdronken|drunk|stoned|intoxicated").Unless(after: "van with"),
        Cue.Of(Neglect, "onder invloed", 0),
        // Signs of being groomed or exploited: an older man around the child, money and drink from nowhere.
        Cue.Of(Neglect, "oudere|volwassen|older|grown man|mannen|men|vriend|vriendje|boyfriend", 0),
        Cue.Of(Neglect, "met|with geld|drank|drugs|cadeaus|cadeautjes|alcohol|money|gifts|cash terug|thuis|back|home", 3),
        Cue.Of(Harm, "mensenhandel*|loverboy*|uitbuiter*|pooier|pimp|trafficker|traffickers"),

        // A staff member followed, waited for, or found at home.
        Cue.Of(StaffSign, "achtervolgd|achtervolgt|achtervolgen|achtervolgde|gestalkt|stalkt|stalken|stalking|stalked|stalks|stalker"),
        Cue.Of(StaffSign, "followed|follows|following|chased|chases me|us", 0),
        Cue.Of(StaffSign, "achter|na me|mij|ons aan", 0),
        Cue.Of(StaffSign, "wacht|wachtte|wachten|staat|stond|stonden|opgewacht|waiting|waited|waits|stood|standing|lurking|was voor|bij|outside|at mijn|my|ons|onze|our|haar|zijn|his|her huis|deur|voordeur|woning|auto|fiets|kantoor|uitgang|werk|house|home|door|car|office|exit|work", Clause),
        Cue.Of(StaffSign, "wait|waits|waiting|waited for me|us|her|you after|outside", 1),
        Cue.Of(StaffSign, "tracks|tracked|tracking|volgt|volgde her|his|my|haar|zijn|mijn phone|location|telefoon|locatie", 1),
        Cue.Of(StaffSign, "tracker|peilzender|gpstracker"),
        Cue.Of(StaffSign, "volgt|volgde|volgden|volgen|gevolgd naar|tot huis|werk|auto|station|school|thuis|kantoor|fiets", 3),
        Cue.Of(StaffSign, "turning|turns|turned|showing|shows|showed up at|outside my|our|her|his work|home|house|door|office|school", 1),
        Cue.Of(StaffSign, "duikt|dook|doken|opgedoken op bij|op mijn|ons|onze|haar|zijn werk|huis|deur|kantoor|school", 2),
        Cue.Of(StaffThreat, "foto|fotos|photo|photos|picture|pictures van|of mijn|my|onze|our|eigen|own huis|voordeur|woning|auto|kinderen|house|door|car|children", 3),
        Cue.Of(StaffSign, $"{Address} {Spread}", Clause),
        Cue.Of(StaffSign, $"{Spread} {Address}", Clause),
        Cue.Of(StaffSign, "weet|weten|wist|know|knows|knew welke|which|waar|where school|scholen|kinderen|children|auto|car", 3),
    ];
}

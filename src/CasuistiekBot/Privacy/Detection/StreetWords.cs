using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// What makes a word a Dutch street name: the last part of the compound ("Stationsstraat", "Coolsingel",
/// "Wilhelminaplein"), or a street word that opens the name ("Laan van Meerdervoort"). Endings that are also common in
/// place names (-dam, -wijk, -burg) are left out, so "Rotterdam 3" is no address.
/// </summary>
internal static partial class StreetWords
{
    private const string Endings =
        "straat|straatje|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|dreve|park|markt|baan|wal|veld|" +
        "plantsoen|erf|ring|allee|boulevard|haven|vaart|sloot|poort|brink|gaarde|hoven|tuin|tuinen|akker|horst|donk|" +
        "hoeve|promenade|passage|kwartier|straatweg|burgwal|blaak|rotte|zijde|oever|werf|schans|wetering";

    public const string Openers = "Laan|Weg|Plein|Kade|Singel|Gracht|Dijk|Hof|Park|Markt|Dreef|Straat|Pad|Steeg|Boulevard|Plantsoen";

    private static readonly HashSet<string> NotStreets = new(StringComparer.OrdinalIgnoreCase)
    {
        "gerechtshof", "binnenhof", "kerkhof", "voorhof", "vrijthof", "speelveld", "werkveld", "beleidsveld", "vakgebied",
        "spanningsveld", "middenveld", "aandachtsveld", "werkterrein", "zorgpad", "leerpad", "stappenpad", "levenspad",
        "loopbaan", "rijbaan", "startbaan", "vaarweg", "snelweg", "zijweg", "omweg", "tussenweg", "middenweg", "achterdeur",
        "uitweg", "vluchtweg", "wachtkamer", "asielpad", "cirkelgang", "beleidsring", "zorgtuin",
    };

    private static readonly HashSet<string> Standalone = new(StringComparer.Ordinal)
    {
        "Dam", "Rokin", "Damrak", "Spui", "Lijnbaan", "Coolsingel", "Kalverstraat", "Buitenhof", "Lange Voorhout",
    };

    // Endings that hardly end a family name; "-dijk", "-veld", "-hof" and "-baan" end many ("Hoogendijk", "Oosterbaan").
    private const string StreetOnlyEndings =
        "straat|straatje|laan|weg|plein|gracht|kade|singel|steeg|dreef|dreve|plantsoen|allee|boulevard|promenade|passage|" +
        "straatweg|burgwal|markt";

    [GeneratedRegex(@"^\p{L}[\p{L}'’\-]{2,}(?:" + Endings + @")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompoundWithEnding();

    [GeneratedRegex(@"^\p{L}[\p{L}'’\-]{2,}(?:" + StreetOnlyEndings + @")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompoundWithStreetOnlyEnding();

    /// <summary>A compound street word ("Kerkstraat"); a surname like "Dam" or "Hof" is not one.</summary>
    public static bool IsCompoundStreetWord(string word) => CompoundWithEnding().IsMatch(word) && !NotStreets.Contains(word);

    /// <summary>
    /// A compound street word that is no family name either ("Kerkstraat", not "Hoogendijk"): where a title or initials
    /// announce a name, only these stop it.
    /// </summary>
    public static bool IsStreetOnlyWord(string word) => CompoundWithStreetOnlyEnding().IsMatch(word) && !NotStreets.Contains(word);

    public static bool IsStreetWord(string word) =>
        Standalone.Contains(word) || (CompoundWithEnding().IsMatch(word) && !NotStreets.Contains(word));
}

using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Street addresses: a street name (see <see cref="StreetWords"/>) with a house number and addition, and the postcode
/// when it follows ("Wilhelminaplein 3a, 3072 DE"); a room or unit after the number is part of it ("Stationsweg 3 kamer 4",
/// "Molenkade 8 k 2", "Lindelaan 5 B3"). The city after it stays: a place name alone is no personal data.
/// </summary>
internal static partial class AddressDetector
{
    private const string HouseNumber =
        @"(?<nr>[1-9]\d{0,4})(?:[a-zA-Z](?![\p{L}\d])|\s?-\s?[A-Za-z0-9]{1,4}(?![\p{L}\d])|\s(?:hs|bis|bg|huis|I{1,3}|[A-Z]\d{0,3})(?![\p{L}\d'’]))?(?:\s(?i:kamer|kmr\.?|k\.?|unit|app\.?|appartement|room|flat)\s?\d{1,4}(?![\p{L}\d]))?(?![\d]|[.,:]\d)";

    // Right after a street and number the place says postcode, so "9731ab" in lower case counts as well (without a space:
    // "Kerkstraat 4 2019 in" is a year).
    private const string Postcode = @"(?:,?\s+(?<pc>[1-9]\d{3}(?:\s?[A-Z]{2}|(?!sa|sd|ss)[a-z]{2}))(?![\p{L}\d]))?";

    [GeneratedRegex(@"(?<![\p{L}\d\-])(?<street>\p{L}[\p{L}'’\-]{2,})\s+" + HouseNumber + Postcode, RegexOptions.CultureInvariant)]
    private static partial Regex StreetAndNumber();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<street>(?:" + StreetWords.Openers + @")(?:\s+(?:van|de|der|den|het|'t|op|naar|in|aan|ter|te|bij|tot|achter|over|voor)){1,3}(?:\s+\p{Lu}[\p{L}'’\-]+){1,2})\s+" + HouseNumber + Postcode, RegexOptions.CultureInvariant)]
    private static partial Regex OpenerStreet();

    // Streets abroad and in the Caribbean part of the Kingdom open with their street word: "Kaya Kokolishi 7",
    // "Calle del Sol 14", "Rue des Lilas 3", in any letter case.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<street>(?i:kaya|kaminda|calle|avenida|rua|rue|avenue|ulica)(?:\s+(?i:de|la|le|les|del|des|du|das|dos|da|di)){0,2}(?:\s+\p{Lu}[\p{L}'’\-]+){1,3})\s+" + HouseNumber + Postcode, RegexOptions.CultureInvariant)]
    private static partial Regex ForeignOpenerStreet();

    // "lives at 27 Kastanjelaan", "at 14 Rue des Lilas", "the old address, 14B Parkweg": the number first, as English and
    // French write it, right after a word that says where ("at", "op", "aan", "adres:"); the street must still be a street.
    [GeneratedRegex(@"(?<=(?<![\p{L}])(?i:at|op|aan|to|from|naar|adres|address)\s*[:,]?\s+)(?<nr>[1-9]\d{0,3})[a-zA-Z]?,?\s+(?<street>(?i:rue|calle|avenida|avenue|rua)(?:\s+(?i:de|la|le|les|del|des|du|das|dos|da|di)){0,2}(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}|\p{Lu}[\p{L}'’\-]{2,})(?![\p{L}\d\-])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberFirst();

    // "Bijlmerdreef 1047 (1102 BW Amsterdam)": a postcode in brackets after the number.
    [GeneratedRegex(@"\G\s*,?\s*\(\s*[1-9]\d{3}\s?[A-Za-z]{2}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeInBrackets();

    [GeneratedRegex(@"(?i:\b(?:aan|op|in|naar|bij)\s+(?:de|het)|\bwoon\p{L}*|\bwonend\p{L}*|\badres\p{L}*|\bverblijf\p{L}*|\bstaat\s+ingeschreven\s+(?:op|aan))\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseStreetContext();

    // "postadres van dhr Boateng: Postbus 1182", "zijn postadres is Postbus 12": a postbus given as a person's address is
    // that person's address; "het postadres van de IND, Postbus 17" is an organisation's and stays.
    [GeneratedRegex(@"(?<![\p{L}])(?i:(?:zijn|haar|hun|z'n|his|her|their)\s+(?:post)?(?:adres|address)|(?:post)?adres\s+van\s+(?:mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de\s+heer|cliënte?|client|betrokkene|(?:zijn|haar|de)\s+(?:moeder|vader|zoon|dochter|broer|zus|cliënte?|client))(?![\p{L}]))[^.?!\n\r]{0,60}?(?<box>(?i:postbus|p\.?o\.?\s?box)\s+[1-9]\d{0,5})(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalMailbox();

    /// <summary>Whether the postbus right before <paramref name="position"/> is a person's address.</summary>
    public static bool IsPersonalMailboxBefore(string text, int position)
    {
        foreach (Match match in PersonalMailbox().Matches(text[..position]))
        {
            var between = text.AsSpan(match.Index + match.Length, position - match.Index - match.Length).Trim(" ,\u00A0");
            if (between.IsEmpty) return true;
        }
        return false;
    }

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match match in PersonalMailbox().Matches(text))
        {
            var box = match.Groups["box"];
            found.Add(new DetectedSpan(box.Index, box.Length, PersonalDataKinds.Address, string.Join(' ', box.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant(), Strength.Keyword));
        }
        foreach (Match match in OpenerStreet().Matches(text)) Add(text, found, match, match.Index);
        foreach (Match match in ForeignOpenerStreet().Matches(text)) Add(text, found, match, match.Index);
        foreach (Match match in NumberFirst().Matches(text))
        {
            var street = match.Groups["street"].Value;
            var isStreet = street.Contains(' ', StringComparison.Ordinal) || StreetWords.IsStreetWord(street);
            if (isStreet && !LooksLikeYear(match.Groups["nr"].Value)) Add(text, found, match, match.Index);
        }
        foreach (Match match in StreetAndNumber().Matches(text))
        {
            var street = match.Groups["street"].Value;
            if (!StreetWords.IsStreetWord(street)) continue;
            var start = StreetNameStart.Find(text, match.Index);
            // "Adres: dr. schaepmanstraat 4": the context is read before the whole name, abbreviated title included.
            if (char.IsLower(street[0]) && !LowercaseStreetContext().IsMatch(text.AsSpan(0, start))) continue;
            Add(text, found, match, start);
        }
    }

    private static void Add(string text, List<DetectedSpan> found, Match match, int start)
    {
        var end = match.Index + match.Length;
        var hasPostcode = match.Groups["pc"].Success || PostcodeInBrackets().IsMatch(text, end);
        if (!hasPostcode && (QuantityWords.Follows(text, end) || LooksLikeYear(match.Groups["nr"].Value))) return;
        var value = string.Join(' ', text[start..end].Split([' ', '\u00A0', ','], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        found.Add(new DetectedSpan(start, end - start, PersonalDataKinds.Address, value, Strength.Pattern));
    }

    // Years of this and the last century; "Bijlmerdreef 1047" is a house number.
    private static bool LooksLikeYear(string number) => number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));
}

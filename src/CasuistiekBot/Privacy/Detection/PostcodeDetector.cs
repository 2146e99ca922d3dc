using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Dutch postcodes without a street ("1234 AB", "1234AB 12", "postcode 1234ab", "1234ab" before a known place). The house number after a postcode is
/// part of it. A postcode after "Postbus 123," or "Antwoordnummer 123," is an organisation's mail address and stays,
/// as does the postbus itself, unless it is given as a person's address ("postadres van dhr Boateng: Postbus 1182, 9701 BD"). Laws ("Vw 2000") and years followed by an abbreviation ("2024 EU") are not postcodes.
/// </summary>
internal static partial class PostcodeDetector
{
    private static readonly HashSet<string> LawAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "vw", "vb", "vc", "awb", "bw", "sr", "sv", "rv", "wet", "besluit", "regeling", "art", "artikel", "jaar", "eind", "begin",
        "medio", "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december", "€", "eur", "nr", "nummer",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "EU", "NL", "VS", "US", "UK", "GB", "MB", "KB", "KM", "CM", "MM", "KG", "PM", "AM", "HD", "TV", "BV", "NV", "CO", "ID",
        "MT", "DG", "OM", "HR", "IT", "BZ", "VN", "NB", "PS", "JZ", "EH", "WO", "HO", "BO", "VO", "MO",
    };

    [GeneratedRegex(@"(?<![\p{L}\d€.,/\-])(?<pc>[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2})(?![\p{L}\d\-])(?:[ \-](?<hn>[1-9]\d{0,4}[a-zA-Z]?)(?![\p{L}\d]|[.,:]\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?<![\p{L}])(?i:postcode|post\s?code|zip)\s*:?\s*(?<pc>[1-9]\d{3}\s?(?i:[a-z]{2}))(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();

    // "3511sk Utrecht": written in lower case, a postcode is written without a space ("2019 in Utrecht" is a year) and
    // needs the place after it.
    [GeneratedRegex(@"(?<![\p{L}\d€.,/\-])(?<pc>[1-9]\d{3}(?!sa|sd|ss)[a-z]{2})(?![\p{L}\d\-])[ \u00A0]+(?<place>\p{Lu}[\p{L}'’\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseBeforePlace();

    [GeneratedRegex(@"(?i:postbus|antwoordnummer|p\.?o\.?\s?box)\s+\d+\s*,?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationMailbox();

    // "5611 gh Eindhoven": with a space, lower-case letters count only when they are no word ("2019 in Utrecht", "1990 te Arnhem").
    [GeneratedRegex(@"(?<![\p{L}\d€.,/\-])(?<pc>[1-9]\d{3}[ \u00A0](?!sa|sd|ss)[a-z]{2})(?![\p{L}\d\-])[ \u00A0]+(?<place>\p{Lu}[\p{L}'’\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseSpacedBeforePlace();

    private static readonly HashSet<string> TwoLetterWords = new(StringComparer.Ordinal)
    {
        "in", "op", "te", "en", "na", "om", "of", "al", "nu", "er", "ik", "je", "ze", "we", "zo", "de", "ca", "tm", "at", "to",
        "on", "as", "is", "or", "if", "it", "an", "no", "up", "by", "so", "be", "do", "go", "he", "me", "my", "us", "uw", "bv", "nl",
        "mn", "zn", "dr", "mr", "ir", "jr", "sr", "wo", "ma", "di", "vr", "za", "zo", "ex", "pp", "nr", "ml", "cm", "km", "kg",
    };

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match match in AfterKeyword().Matches(text))
        {
            var pc = match.Groups["pc"];
            found.Add(new DetectedSpan(pc.Index, pc.Length, PersonalDataKinds.Postcode, Normalize(pc.Value), Strength.Keyword));
        }
        foreach (Match match in LowercaseBeforePlace().Matches(text))
        {
            if (!ProperNouns.Things.Contains(match.Groups["place"].Value) && !PlaceLexicon.Words.Contains(match.Groups["place"].Value)) continue;
            var pc = match.Groups["pc"];
            if (Abbreviations.Contains(pc.Value[^2..].ToUpperInvariant()) || IsOrganisationMailbox(text, match.Index)) continue;
            found.Add(new DetectedSpan(pc.Index, pc.Length, PersonalDataKinds.Postcode, Normalize(pc.Value), Strength.Pattern));
        }
        foreach (Match match in LowercaseSpacedBeforePlace().Matches(text))
        {
            var place = match.Groups["place"].Value;
            if (!ProperNouns.Things.Contains(place) && !PlaceLexicon.Words.Contains(place)) continue;
            var pc = match.Groups["pc"];
            if (TwoLetterWords.Contains(pc.Value[^2..]) || LawAbbreviations.Contains(TextScan.PreviousWord(text, match.Index)) || IsOrganisationMailbox(text, match.Index)) continue;
            found.Add(new DetectedSpan(pc.Index, pc.Length, PersonalDataKinds.Postcode, Normalize(pc.Value), Strength.Pattern));
        }
        foreach (Match match in Bare().Matches(text))
        {
            var pc = match.Groups["pc"].Value;
            if (IsOrganisationMailbox(text, match.Index)) continue;
            if (LawAbbreviations.Contains(TextScan.PreviousWord(text, match.Index))) continue;
            var year = pc[0] is '1' or '2' && pc[1] is '9' or '0';
            if (year && Abbreviations.Contains(pc[^2..])) continue;
            var length = match.Groups["hn"].Success && !QuantityWords.Follows(text, match.Index + match.Length) ? match.Length : match.Groups["pc"].Length;
            found.Add(new DetectedSpan(match.Index, length, PersonalDataKinds.Postcode, Normalize(text.Substring(match.Index, length)), Strength.Pattern));
        }
    }

    private static bool IsOrganisationMailbox(string text, int postcodeStart) =>
        OrganisationMailbox().IsMatch(text.AsSpan(Math.Max(0, postcodeStart - 40), Math.Min(40, postcodeStart)))
        && !AddressDetector.IsPersonalMailboxBefore(text, postcodeStart);

    private static string Normalize(string value) => new string(value.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
}

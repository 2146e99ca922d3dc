using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// BSNs: nine digits in the usual groupings that pass the 11-proef, or eight or nine digits right after a BSN keyword
/// whatever their checksum (a mistyped BSN is still personal data).
/// </summary>
internal static partial class BsnDetector
{
    [GeneratedRegex(@"(?<![\p{L}\d]|\d[.,\-/])(?:\d{9}|\d{3}([ .])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3}|\d{2}([ .])\d{3}\3\d{2}\3\d{2}|\d{3}([ .])\d{2}\4\d{2}\4\d{2}|\d{2}([ .])\d{2}\5\d{2}\5\d{3})(?![\p{L}\d]|[.,\-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?<![\p{L}])(?i:bsn(?:-?nummer|-?nr\.?)?|burger\s?service\s?nummer|burgerservicenr\.?|sofi-?nummer|sofi-?nr\.?)(?![\p{L}])(?:\s*(?:[:=(#\-–]|(?i:is|was|nummer|nr\.?|luidt|van|de|het|betrokkene|cliënte?|cliente?|hem|haar|zijn|hun|moeder|vader|zoon|dochter|kind|mevrouw|meneer)(?![\p{L}])))*\s*(?<n>\d(?:[ .\-]?\d){7,8})(?![\p{L}\d]|[.\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match match in AfterKeyword().Matches(text))
        {
            var number = match.Groups["n"];
            found.Add(new DetectedSpan(number.Index, number.Length, PersonalDataKinds.Bsn, TextScan.DigitsOf(number.ValueSpan).PadLeft(9, '0'), Strength.Keyword));
        }
        foreach (Match match in Bare().Matches(text))
        {
            var digits = TextScan.DigitsOf(match.ValueSpan);
            if (!Checksums.PassesElevenProof(digits)) continue;
            if (TextScan.LooksLikeAmount(text, match.Index, match.Index + match.Length)) continue;
            if (TextScan.FollowsReferenceWord(text, match.Index)) continue;
            found.Add(new DetectedSpan(match.Index, match.Length, PersonalDataKinds.Bsn, digits, Strength.Checked));
        }
    }
}

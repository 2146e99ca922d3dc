using System.Globalization;
using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// A person written as a register writes them, found as one name: a family name in capitals ("KANHAI", "KOWALCZYK") or
/// opening with a capitalised particle ("Van den Berg"), a comma, then initials ("A.S.") or listed given names ("MAREK",
/// "Anne-Marie"). Capitals alone are no evidence: the family name must be no ordinary or known word, and what follows the
/// comma must be initials or a listed given name.
/// </summary>
internal static partial class RegisterNameDetector
{
    [GeneratedRegex(@"(?<![\p{L}\-'’.])(?<family>(?<caps>\p{Lu}{3,}(?:-\p{Lu}{3,})?)|(?<particle>(?:Van|De|Ter|Ten|Op\s+de)(?:\s+(?:de|den|der|het|'t))?)\s+(?<rest>\p{Lu}\p{Ll}[\p{L}\-'’]*)),[ \u00A0]+(?<given>(?:\p{Lu}\.[ \u00A0]?){0,3}\p{Lu}\.|(?<word>\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?))(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyCommaGiven();

    public static void Detect(string text, NameEvidence evidence, List<DetectedSpan> found)
    {
        foreach (Match match in FamilyCommaGiven().Matches(text))
        {
            var given = match.Groups["word"];
            if (given.Success && !evidence.IsFirstName(TitleCase(given.Value))) continue;
            if (match.Groups["caps"].Success && !IsUnknownFamilyName(TitleCase(match.Groups["caps"].Value), evidence)) continue;
            if (match.Groups["particle"].Success && !given.Success && evidence.IsOrdinary(match.Groups["rest"].Value.ToLowerInvariant())) continue;
            var value = NameDetector.Normalize(match.Groups["family"].Value + " " + match.Groups["given"].Value);
            found.Add(new DetectedSpan(match.Index, match.Length, PersonalDataKinds.Name, value, Strength.Pattern));
        }
    }

    private static bool IsUnknownFamilyName(string word, NameEvidence evidence) =>
        evidence.IsSurname(word) || evidence.IsUnknownAfterCue(word);

    private static string TitleCase(string word) =>
        string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : part[..1] + part[1..].ToLower(CultureInfo.InvariantCulture)));
}

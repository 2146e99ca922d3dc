using System.Globalization;
using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// A person written as a register writes them, found as one name: a family name in capitals ("KANHAI", "KOWALCZYK", "DE
/// VRIES") or
/// opening with a capitalised particle ("Van den Berg"), a comma, then initials ("A.S.") or listed given names ("MAREK",
/// "Anne-Marie", "Ahmad Shah"). Capitals alone are no evidence: the family name must be no ordinary or known word, and what follows the
/// comma must be initials or a listed given name.
/// </summary>
internal static partial class RegisterNameDetector
{
    [GeneratedRegex(@"(?<![\p{L}\-'’.])(?<family>(?<caps>(?:(?:DE|VAN|DEN|DER|TER|TEN|EL|AL|LE|LA)\s+){0,3}\p{Lu}{3,}(?:-\p{Lu}{3,})?)|(?<particle>(?:Van|De|Ter|Ten|Op\s+de)(?:\s+(?:de|den|der|het|'t))?)\s+(?<rest>\p{Lu}\p{Ll}[\p{L}\-'’]*)),[ \u00A0]+(?<given>(?:\p{Lu}\.[ \u00A0]?){0,3}\p{Lu}\.|(?<word>\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?))(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyCommaGiven();

    public static void Detect(string text, NameEvidence evidence, List<DetectedSpan> found)
    {
        foreach (Match match in FamilyCommaGiven().Matches(text))
        {
            var given = match.Groups["word"];
            if (given.Success && !evidence.IsFirstName(TitleCase(given.Value))) continue;
            if (match.Groups["caps"].Success && !IsUnknownFamilyName(TitleCase(match.Groups["caps"].Value.Split(' ')[^1]), evidence)) continue;
            if (match.Groups["particle"].Success && !given.Success && evidence.IsOrdinary(match.Groups["rest"].Value.ToLowerInvariant())) continue;
            // "WAIS, Ahmad Shah": more given names after the first, each a listed name or a word no list knows.
            var end = given.Success ? MoreGivenNames(text, match.Index + match.Length, evidence) : match.Index + match.Length;
            var value = NameDetector.Normalize(match.Groups["family"].Value + " " + text[match.Groups["given"].Index..end]);
            found.Add(new DetectedSpan(match.Index, end - match.Index, PersonalDataKinds.Name, value, Strength.Pattern));
        }
    }

    /// <summary>
    /// "Mbeki, Thandiwe, geb. 1-1-1985", "Doe, John (12-03-1990)": a family name, a comma and given names, followed by a
    /// birth keyword or a date. A register line, so words no list knows count as well.
    /// </summary>
    public static void DetectBeforeBirth(string text, NameEvidence evidence, List<DetectedSpan> found)
    {
        foreach (Match match in FamilyCommaGivenBeforeBirth().Matches(text))
        {
            var family = TitleCase(match.Groups["family"].Value);
            if (!IsRegisterWord(family, evidence, first: false)) continue;
            var given = match.Groups["given"].Value.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            if (!given.All(g => IsRegisterWord(g, evidence, first: true))) continue;
            var end = match.Groups["given"].Index + match.Groups["given"].Length;
            found.Add(new DetectedSpan(match.Index, end - match.Index, PersonalDataKinds.Name, NameDetector.Normalize(match.Groups["family"].Value + " " + match.Groups["given"].Value), Strength.Pattern));
        }
    }

    private static bool IsRegisterWord(string word, NameEvidence evidence, bool first) =>
        !NameEvidence.IsKnownNonPerson(word) && !NameLexicon.NotNames.Contains(word)
        && (evidence.IsUnknown(word) || (first ? evidence.IsFirstName(word) : evidence.IsSurname(word)) || (evidence.IsListedName(word) && !evidence.IsOrdinary(word)));

    [GeneratedRegex(@"(?<![\p{L}\-'’.])(?<family>\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?),[ \u00A0]+(?<given>\p{Lu}\p{Ll}+(?:[ \u00A0\-]\p{Lu}\p{Ll}+){0,2})[ \u00A0]*[,;(|][ \u00A0]*(?=(?i:geb(?:\.|oren)?|born|dob|d\.o\.b|°)(?![\p{L}])|\d{1,2}[\-/.]\d{1,2}[\-/.]\d{2,4})", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyCommaGivenBeforeBirth();

    private static int MoreGivenNames(string text, int end, NameEvidence evidence)
    {
        for (var more = 0; more < 2 && MoreGiven().Match(text, end) is { Success: true } next; more++)
        {
            var word = next.Groups["word"].Value;
            if (NameEvidence.IsKnownNonPerson(word) || !(evidence.IsUnknown(word) || (evidence.IsListedName(word) && !evidence.IsOrdinary(word)))) break;
            end = next.Index + next.Length;
        }
        return end;
    }

    [GeneratedRegex(@"\G[ \u00A0](?<word>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex MoreGiven();

    private static bool IsUnknownFamilyName(string word, NameEvidence evidence) =>
        evidence.IsSurname(word) || evidence.IsUnknownAfterCue(word);

    private static string TitleCase(string word) =>
        string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : part[..1] + part[1..].ToLower(CultureInfo.InvariantCulture)));
}

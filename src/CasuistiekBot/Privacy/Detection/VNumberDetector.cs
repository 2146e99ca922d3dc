using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Vreemdelingennummers: ten digits after a V-nummer keyword (eight to twelve, to catch typos), after "met/onder nummer"
/// in a migration context, or bare in the IND grouping 1234.56.7890. A bare ten-digit number is left alone: it could be
/// anything, and Dutch phone numbers (which start with 0) are ten digits too.
/// </summary>
internal static partial class VNumberDetector
{
    [GeneratedRegex(@"(?<![\p{L}])(?i:v-?nummers?|v-?nr\.?|v\.nr\.?|vnr\.?|v\s+nummer|v(?=\s*[:=]?\s*\d{10}(?!\d))|vreemdelingen-?\s?nummer|vreemdelingennr\.?|alien\s+numbers?|v-numbers?)(?![\p{L}])(?:\s*(?:[:=(#\-–]|(?i:van)\s+(?:(?i:mevrouw|meneer|de\s+heer|dhr\.?|mw\.?|mevr\.?)\s+)?(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}\-'’]+(?:\s+\p{Lu}[\p{L}\-'’]+){0,2}|(?i:is|was|nummer|nr\.?|luidt|van|de|het|betrokkene|cliënte?|cliente?|hem|haar|zijn|hun|moeder|vader|zoon|dochter|kind|mevrouw|meneer|bij\s+de\s+IND|IND)(?![\p{L}])))*\s*(?<n>\d(?:[ .\-]?\d){7,11})(?![\p{L}\d]|[.\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();

    [GeneratedRegex(@"(?<![\p{L}])(?i:(?:met|onder)\s+(?:het\s+)?(?:nummer|nr\.?))\s*:?\s*(?<n>[1-9](?:[ .\-]?\d){9})(?![\p{L}\d]|[.\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WithNumber();

    [GeneratedRegex(@"(?i:\bIND\b|vreemdeling|asiel|\bCOA\b|AVIM|DT&V|verblijf|naturalisatie|\bKMar\b|marechaussee|aanmeld|\bazc\b|Ter Apel|inburger)", RegexOptions.CultureInvariant)]
    private static partial Regex MigrationContext();

    [GeneratedRegex(@"(?<![\p{L}\d]|\d[.,\-/ ])[1-9]\d{3}([ .\-])\d{2}\1\d{4}(?![\p{L}\d]|[.,\-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IndGrouping();

    // The numbers that follow a labelled one in a list ("V-nummers 2019384756 en 2019384757") carry the same label.
    [GeneratedRegex(@"\G\s*(?:,|/|&|(?i:en|and|of|or)(?![\p{L}]))\s*(?<n>\d(?:[ .\-]?\d){7,11})(?![\p{L}\d]|[.\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ListedAfter();

    // "dhr. Tesfamariam (8378382481) zit in het AZC": ten digits in brackets right after a word, in a migration context,
    // is the V-number of the person named there. A phone number starts with 0.
    [GeneratedRegex(@"(?<=\p{L}\.?[ \u00A0]*)\([ \u00A0]*(?<n>[1-9]\d{3}[ .]?\d{2,3}[ .]?\d{3,4})[ \u00A0]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex InBracketsAfterWord();

    // "Zijn V-nummer is 2611045873 maar in de brief staat 2611045837": in a sentence about a V-number, another ten-digit
    // number that cannot be a phone number (no leading zero) is a V-number too, a mistyped or a second one.
    [GeneratedRegex(@"(?<![\p{L}\d]|\d[.\- ])(?<n>[1-9]\d{9})(?![\p{L}\d]|[.\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TenDigits();

    // "In de brief staat het verkeerde V-nummer. Het juiste is 7455031592.": a V-number named without its number, and a
    // ten-digit number without a leading zero in that sentence or the next, is that V-number.
    [GeneratedRegex(@"(?<![\p{L}])(?i:v-?nummers?|v-?nr\.?|vreemdelingen-?\s?nummers?|alien\s+numbers?|v-numbers?)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex KeywordAlone();

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match keyword in KeywordAlone().Matches(text))
        {
            var (_, end) = Sentence(text, keyword.Index);
            var to = end < text.Length ? Sentence(text, Math.Min(text.Length - 1, end + 1)).To : end;
            foreach (Match other in TenDigits().Matches(text[..to], keyword.Index))
            {
                if (!TextScan.FollowsReferenceWord(text, other.Index)) Add(found, other.Groups["n"], Strength.Keyword);
            }
        }
        foreach (Match match in InBracketsAfterWord().Matches(text))
        {
            if (TextScan.DigitsOf(match.Groups["n"].ValueSpan).Length != 10) continue;
            var from = Math.Max(0, match.Index - 200);
            var window = text.AsSpan(from, Math.Min(text.Length, match.Index + match.Length + 200) - from);
            if (MigrationContext().IsMatch(window)) Add(found, match.Groups["n"], Strength.Keyword);
        }
        foreach (Match match in AfterKeyword().Matches(text))
        {
            Add(found, match.Groups["n"], Strength.Keyword);
            var (from, to) = Sentence(text, match.Index);
            foreach (Match other in TenDigits().Matches(text[..to], from))
            {
                if (other.Index != match.Groups["n"].Index && !TextScan.FollowsReferenceWord(text, other.Index)) Add(found, other.Groups["n"], Strength.Keyword);
            }
            for (var next = ListedAfter().Match(text, match.Index + match.Length); next.Success; next = ListedAfter().Match(text, next.Index + next.Length))
            {
                Add(found, next.Groups["n"], Strength.Keyword);
            }
        }
        foreach (Match match in WithNumber().Matches(text))
        {
            var from = Math.Max(0, match.Index - 200);
            var window = text.AsSpan(from, Math.Min(text.Length, match.Index + match.Length + 80) - from);
            if (MigrationContext().IsMatch(window)) Add(found, match.Groups["n"], Strength.Keyword);
        }
        foreach (Match match in IndGrouping().Matches(text))
        {
            if (!TextScan.FollowsReferenceWord(text, match.Index)) Add(found, match, Strength.Checked);
        }
    }

    /// <summary>The sentence around <paramref name="at"/>: up to a full stop, question or exclamation mark before a space, or a line break.</summary>
    private static (int From, int To) Sentence(string text, int at)
    {
        var from = at;
        while (from > 0 && !IsSentenceEnd(text, from - 1)) from--;
        var to = at;
        while (to < text.Length && !IsSentenceEnd(text, to)) to++;
        return (from, to);
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] is '\n' or '\r' || (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    private static void Add(List<DetectedSpan> found, Group number, int strength) =>
        found.Add(new DetectedSpan(number.Index, number.Length, PersonalDataKinds.VNumber, TextScan.DigitsOf(number.ValueSpan), strength));
}

using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

internal static partial class EmailDetector
{
    [GeneratedRegex(@"(?<![\p{L}\d._%+\-])[\p{L}\d._%+\-]{1,64}@[\p{L}\d\-]{1,63}(?:\.[\p{L}\d\-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\d\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match match in Address().Matches(text))
        {
            found.Add(new DetectedSpan(match.Index, match.Length, PersonalDataKinds.Email, match.Value.ToLowerInvariant(), Strength.Keyword));
        }
    }
}

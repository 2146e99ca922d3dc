using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// "Koning, Keizer, Admiraal heet het spel": a capitalised ordinary word listed together with other capitalised ordinary
/// words that no list knows as names is an item of a list of things, not a person, whichever rule took it.
/// </summary>
internal static partial class NameListCheck
{
    [GeneratedRegex(@"(?<w>\p{Lu}\p{Ll}+)[ \u00A0]*(?:,|[ \u00A0](?:en|of|and|or))[ \u00A0]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemBefore();

    [GeneratedRegex(@"\G[ \u00A0]*(?:,|(?:en|of|and|or)[ \u00A0])[ \u00A0]*(?<w>\p{Lu}\p{Ll}+)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ItemAfter();

    public static List<DetectedSpan> WithoutOrdinaryListItems(string text, List<DetectedSpan> spans, NameEvidence evidence) =>
        spans.Where(span => !IsOrdinaryListItem(text, span, spans, evidence)).ToList();

    private static bool IsOrdinaryListItem(string text, DetectedSpan span, List<DetectedSpan> spans, NameEvidence evidence)
    {
        if (span.Kind != PersonalDataKinds.Name) return false;
        var word = text.Substring(span.Start, span.Length);
        if (word.Any(c => !char.IsLetter(c)) || !evidence.IsOrdinary(word)) return false;
        if (NameDetector.FormOfAddress().Matches(text[..span.Start]) is { Count: > 0 } titles && titles[^1].Index + titles[^1].Length == span.Start) return false;
        var before = ItemBefore().Match(text[..span.Start]);
        if (before.Success && IsOrdinaryThing(before.Groups["w"], spans, evidence)) return true;
        var after = ItemAfter().Match(text, span.End);
        return after.Success && IsOrdinaryThing(after.Groups["w"], spans, evidence);
    }

    private static bool IsOrdinaryThing(Group word, List<DetectedSpan> spans, NameEvidence evidence) =>
        evidence.IsOrdinary(word.Value) && !evidence.IsListedName(word.Value)
        && !spans.Any(s => s.Kind == PersonalDataKinds.Name && s.Start <= word.Index && word.Index < s.End);
}

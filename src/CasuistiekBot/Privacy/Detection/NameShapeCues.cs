using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Single words that the way they are written marks as a person: after initials ("J. Tesfay belde"), with a possessive
/// "'s" ("Tekle's moeder"), or between commas right after a name ("de zoon van dhr. Boukhari, Ilias, die …"). The word
/// must be a listed name that is no ordinary word, or a word no list knows; places and organisations stay.
/// </summary>
internal static partial class NameShapeCues
{
    [GeneratedRegex(@"(?<![\p{L}.])(?:\p{Lu}\.[ \u00A0]?){1,4}[ \u00A0]?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterInitials();

    [GeneratedRegex(@"(?<![\p{L}\-'’])(\p{Lu}\p{Ll}+)['’]s(?=[ \u00A0]+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\G,[ \u00A0]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \u00A0]*[,)]|[ \u00A0]+(?:die|wie|who)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    public static void Detect(string text, NameEvidence evidence, List<DetectedSpan> found, List<(int Start, int End)> names)
    {
        var ends = names.Select(n => n.End).Concat(found.Where(f => f.Kind == PersonalDataKinds.Name).Select(f => f.End)).Distinct().ToList();
        foreach (var end in ends)
        {
            if (Apposition().Match(text, end) is { Success: true } match && IsPersonWord(match.Groups[1].Value, evidence)) Add(names, match.Groups[1].Index, match.Groups[1].Index + match.Groups[1].Length);
        }
        foreach (Match match in AfterInitials().Matches(text))
        {
            // Initials and name together: "J. Tesfay" is replaced as one, also when another rule found "Tesfay".
            var earlier = names.FindIndex(n => n.Start == match.Groups[1].Index);
            if (earlier >= 0) names[earlier] = (match.Index, names[earlier].End);
            else if (IsPersonWord(match.Groups[1].Value, evidence)) Add(names, match.Index, match.Index + match.Length);
        }
        foreach (Match match in Possessive().Matches(text))
        {
            if (IsPersonWord(match.Groups[1].Value, evidence)) Add(names, match.Groups[1].Index, match.Groups[1].Index + match.Groups[1].Length);
        }
    }

    private static bool IsPersonWord(string word, NameEvidence evidence) =>
        !NameEvidence.IsKnownNonPerson(word) && (evidence.IsUnknown(word) || (evidence.IsListedName(word) && !evidence.IsOrdinary(word)));

    private static void Add(List<(int Start, int End)> names, int start, int end)
    {
        if (!names.Any(n => n.Start < end && start < n.End)) names.Add((start, end));
    }
}

using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// A list of families or people ("- fam. Ahmadi", "- fam. Okonkwo", "- Habibi (alleen moeder)"): when one item opens with
/// a form of address, the family names that open the other items of that list are names too, with or without it.
/// </summary>
internal static partial class FamilyListNames
{
    // A list item: a line that opens with a dash, an asterisk, a bullet or a number with a full stop or bracket.
    [GeneratedRegex(@"(?m)^[ \t]*(?:[\-–*•]|\d{1,2}[.)])[ \t]+(?<item>[^\r\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Item();

    [GeneratedRegex(@"^(?i:fam\.?|familie|gezin|mevrouw|mevr\.?|mw\.?|meneer|dhr\.?|de\s+heer)[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex AddressedItem();

    // The family name that opens an item: capitalised words, possibly with particles, up to a bracket, comma, dash or the end.
    [GeneratedRegex(@"\G(?<name>(?:(?:van|de|der|den|ter|ten|el|al)[ \u00A0]+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \u00A0]*(?:[(,:\-–]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningName();

    public static void Detect(string text, NameEvidence evidence, List<(int Start, int End)> names)
    {
        var items = Item().Matches(text);
        if (items.Count < 2 || !items.Any(i => AddressedItem().IsMatch(i.Groups["item"].Value))) return;
        foreach (Match item in items)
        {
            var group = item.Groups["item"];
            if (AddressedItem().IsMatch(group.Value)) continue;
            if (OpeningName().Match(text, group.Index) is not { Success: true } name) continue;
            var last = name.Value.Split([' ', '\u00A0'])[^1];
            if (NameEvidence.IsNeverName(last) || (NameEvidence.IsKnownNonPerson(last) && !evidence.IsListedName(last))) continue;
            // In a list of families a listed family name counts even when it is also a word ("- Bakker (alleen moeder)").
            if (evidence.IsUnknown(last) || evidence.IsListedName(last)) names.Add((name.Index, name.Index + name.Length));
        }
    }
}

using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Phone numbers: Dutch national (0 + nine digits), Dutch international (+31 / 0031, with or without "(0)") and other
/// international numbers (+ or 00, eight to fifteen digits). 0800/090x and 088 numbers belong to organisations (088 is
/// reserved for companies and government bodies, e.g. the IND's own line) and are not personal data, so they stay.
/// </summary>
internal static partial class PhoneDetector
{
    private static readonly string[] OrganisationPrefixes = ["0800", "0900", "0906", "0909", "088"];

    [GeneratedRegex(@"(?<![\p{L}\d+]|\d[.\-/ ])(?:\+|00|\(?0)", RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"^\d{1,2}[\-/.]\d{1,2}[\-/.](?:19|20)\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match start in Start().Matches(text))
        {
            var groups = PhoneGroups.Read(text, start.Index);
            if (groups.Count == 0) continue;
            var raw = text[start.Index..groups[^1].End];
            if (DateShape().IsMatch(raw)) continue;
            if (Classify(text, start.Index, groups) is { } phone) found.Add(phone);
        }
    }

    private static DetectedSpan? Classify(string text, int start, IReadOnlyList<PhoneGroups.Group> groups)
    {
        var all = string.Concat(groups.Select(g => g.Digits));
        var international = text[start] == '+' || all.StartsWith("00", StringComparison.Ordinal);
        if (!international)
        {
            if (all.Length < 10 || all[1] == '0' || OrganisationPrefixes.Any(p => all.StartsWith(p, StringComparison.Ordinal))) return null;
            return EndAt(text, start, groups, digits: 10, countFrom: 0, normalized: d => d);
        }
        var afterPlus = text[start] == '+' ? all : all[2..];
        var skip = all.Length - afterPlus.Length;
        if (afterPlus.Length == 0 || afterPlus[0] == '0') return null;
        if (afterPlus.StartsWith("31", StringComparison.Ordinal))
        {
            var trunk = afterPlus.Length > 2 && afterPlus[2] == '0' ? 1 : 0;
            return EndAt(text, start, groups, digits: skip + 2 + trunk + 9, countFrom: 0, normalized: d => "0" + d[(skip + 2 + trunk)..]);
        }
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            var count = groups.Take(i + 1).Sum(g => g.Digits.Length) - skip;
            if (count is >= 8 and <= 15) return new DetectedSpan(start, groups[i].End - start, PersonalDataKinds.Phone, "+" + string.Concat(groups.Take(i + 1).Select(g => g.Digits))[skip..], Strength.Checked);
        }
        return null;
    }

    private static DetectedSpan? EndAt(string text, int start, IReadOnlyList<PhoneGroups.Group> groups, int digits, int countFrom, Func<string, string> normalized)
    {
        var count = countFrom;
        var collected = "";
        foreach (var group in groups)
        {
            count += group.Digits.Length;
            collected += group.Digits;
            if (count == digits) return new DetectedSpan(start, group.End - start, PersonalDataKinds.Phone, normalized(collected), Strength.Checked);
            if (count > digits) return null;
        }
        return null;
    }
}

using System.Globalization;
using System.Text;

namespace CasuistiekBot.Panels;

/// <summary>
/// Reads organisation units and names as people type them: case, diacritics, punctuation and spacing do not matter, an
/// organisation in front ("IND, ", "IND - ", "IND: ") is told apart from the unit, and words that only say what kind of
/// unit it is (directie, directorate, afdeling, unit, team) are left out, so "IND, Asiel en Bescherming" and
/// "IND - Directie Asiel &amp; Bescherming" are the same unit.
/// </summary>
internal static class UnitNames
{
    private static readonly HashSet<string> KindWords = new(["directie", "directorate", "directoraat", "afdeling", "department", "unit", "team"], StringComparer.Ordinal);
    private static readonly string[] Separators = [",", " - ", " – ", " — ", ":", "/", "|"];

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) { builder.Append(' '); space = false; }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// The organisation and the unit of a typed unit, each as folded words. Without a separator the first word is the
    /// organisation only when it is one of <paramref name="organisations"/> ("IND Asiel en Bescherming").
    /// </summary>
    public static UnitName Parse(string? text, IReadOnlySet<string>? organisations = null)
    {
        var folded = Fold(text);
        if (folded.Length == 0) return UnitName.None;
        foreach (var separator in Separators)
        {
            var at = folded.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            return new UnitName(Key(folded[..at], dropKinds: false), Key(folded[(at + separator.Length)..], dropKinds: true));
        }
        var words = Key(folded, dropKinds: false).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && organisations?.Contains(words[0]) == true)
        {
            return new UnitName(words[0], Key(string.Join(' ', words.Skip(1)), dropKinds: true));
        }
        return new UnitName("", Key(folded, dropKinds: true));
    }

    /// <summary>The organisation part of a unit as written: "IND" for "IND, Directie Asiel en Bescherming"; empty without one.</summary>
    public static string Organisation(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return "";
        var text = unit.Trim();
        foreach (var separator in Separators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0) return text[..at].Trim();
        }
        return "";
    }

    /// <summary>True when the full name appears in the text as whole words.</summary>
    public static bool Mentions(string text, string name)
    {
        var haystack = " " + Words(text) + " ";
        var needle = Words(name);
        return needle.Contains(' ') && haystack.Contains(" " + needle + " ", StringComparison.Ordinal);
    }

    private static string Words(string text) =>
        string.Join(' ', Fold(text).Split((char[])[' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\'', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    // Letters and digits only, '&' read as "en"; the kind words dropped unless nothing else is left ("Team" alone stays).
    private static string Key(string folded, bool dropKinds)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded) builder.Append(c == '&' ? " en " : char.IsLetterOrDigit(c) ? c : ' ');
        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = dropKinds ? words.Where(w => !KindWords.Contains(w)).ToArray() : words;
        return string.Join(' ', kept.Length > 0 ? kept : words);
    }
}

/// <summary>A unit read by <see cref="UnitNames.Parse"/>: its organisation ("ind", or empty) and its own name ("asiel en bescherming").</summary>
internal sealed record UnitName(string Organisation, string Name)
{
    public static readonly UnitName None = new("", "");

    public bool IsEmpty => Organisation.Length == 0 && Name.Length == 0;

    /// <summary>One text for "the same unit" in a set: organisation and name.</summary>
    public string Key => Organisation + "/" + Name;
}

using System.Globalization;
using System.Text;

namespace CasuistiekBot.Panels;

/// <summary>Compares organisation units and names as people type them: case, diacritics and spacing do not matter.</summary>
internal static class UnitNames
{
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

    /// <summary>The organisation part of a unit: "IND" for "IND, Directie Asiel en Bescherming".</summary>
    public static string Organisation(string? unit) => Fold(unit).Split(',')[0].Trim();

    public static UnitMatch Compare(string? casusUnit, string? personUnit)
    {
        if (Fold(casusUnit) is not { Length: > 0 } wanted || Fold(personUnit) is not { Length: > 0 } own) return UnitMatch.None;
        if (wanted == own) return UnitMatch.SameUnit;
        return Organisation(casusUnit) == Organisation(personUnit) ? UnitMatch.SameOrganisation : UnitMatch.None;
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
}

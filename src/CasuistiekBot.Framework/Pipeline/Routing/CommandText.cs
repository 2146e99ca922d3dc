using System.Globalization;
using System.Text;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>Normalises typed text for exact command matching: case, diacritics, surrounding punctuation and spacing.</summary>
public static class CommandText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { pendingSpace = builder.Length > 0; continue; }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Trim().TrimEnd('.', '!', '?', ',', ';', ':').TrimStart('/').Trim();
    }
}

using System.Globalization;
using System.Text;

namespace CasuistiekBot.Framework.Dialogs;

// Folds user input for matching: lower case, no diacritics ("oké" = "oke"), punctuation as spaces.
internal static class TextNormalizer
{
    public static string Normalize(string? text) => Fold(text, keep: static _ => false);

    // Like Normalize but keeps '-', '/' and '.' so that dates survive.
    public static string NormalizeDate(string? text) => Fold(text, keep: static c => c is '-' or '/' or '.').TrimEnd('.');

    private static string Fold(string? text, Func<char, bool> keep)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c) || keep(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }
}

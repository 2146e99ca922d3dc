using System.Globalization;
using System.Text;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// Folds user input for matching, as the engine does before it asks the <see cref="IDialogVocabulary"/>: lower case, no
/// diacritics, each run of punctuation and white space as one space, trimmed.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The folded text.</summary>
    public static string Normalize(string? text) => Fold(text, keep: static _ => false);

    /// <summary>Like <see cref="Normalize"/>, but keeps <c>-</c>, <c>/</c> and <c>.</c> so that dates survive.</summary>
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

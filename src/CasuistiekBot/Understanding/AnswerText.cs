using System.Globalization;
using System.Text;

namespace CasuistiekBot.Understanding;

/// <summary>
/// An answer folded for reading: lower case, no diacritics ("oké" = "oke"), words and numbers as tokens. A '/', '-' or
/// '.' between two digits stays, so that "20/1", "15-12-2026" and "3.12" remain one token.
/// </summary>
internal static class AnswerText
{
    public static string[] Tokens(string? text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var keep = char.IsLetterOrDigit(c)
                || (c is '/' or '-' or '.' && i > 0 && i < folded.Length - 1 && char.IsDigit(folded[i - 1]) && char.IsDigit(folded[i + 1]));
            builder.Append(keep ? c : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="tokens"/> at <paramref name="at"/>.</summary>
    public static bool StartsWith(IReadOnlyList<string> tokens, int at, IReadOnlyList<string> phrase)
    {
        if (at + phrase.Count > tokens.Count) return false;
        for (var k = 0; k < phrase.Count; k++)
        {
            if (tokens[at + k] != phrase[k]) return false;
        }
        return true;
    }

    /// <summary>The longest of <paramref name="phrases"/> at <paramref name="at"/>, as its length in tokens (0 for none).</summary>
    public static int LongestAt(IReadOnlyList<string> tokens, int at, IEnumerable<string[]> phrases) =>
        phrases.Where(p => StartsWith(tokens, at, p)).Select(p => p.Length).DefaultIfEmpty(0).Max();

    public static bool ContainsPhrase(IReadOnlyList<string> tokens, IEnumerable<string[]> phrases) =>
        Enumerable.Range(0, tokens.Count).Any(i => LongestAt(tokens, i, phrases) > 0);

    public static string[][] Phrases(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();
}

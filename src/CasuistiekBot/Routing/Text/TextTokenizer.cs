using System.Globalization;
using System.Text;

namespace CasuistiekBot.Routing.Text;

/// <summary>Splits free text into folded, stemmed words and marks clause boundaries for negation handling.</summary>
internal static class TextTokenizer
{
    // Contrast and cause words start a new clause: "geen fraude, maar wel intimidatie".
    private static readonly HashSet<string> ClauseBreakers =
    [
        "maar", "want", "omdat", "doordat", "terwijl", "echter", "wel", "toch", "hoewel", "alhoewel",
        "but", "because", "however", "although", "though", "while", "yet",
    ];

    public static TokenList Tokenize(string text)
    {
        var tokens = new List<Token>();
        var clause = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i))) i++;
                var original = text[start..i];
                // Possessive and plural "'s" (collega's, baby's) carry no meaning for matching.
                var folded = Fold(HasApostropheS(original) ? original[..^2] : original);
                if (folded.Length == 0) continue;
                if (ClauseBreakers.Contains(folded)) clause++;
                tokens.Add(new Token(original, folded, DutchStemmer.Stem(folded), UnprefixedStem(folded), clause));
                continue;
            }
            if (c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r') clause++;
            i++;
        }
        return new TokenList(tokens);
    }

    /// <summary>Lower case, diacritics removed, apostrophes dropped (collega's -> collegas).</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’') continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static string? UnprefixedStem(string folded) =>
        folded.Length >= 6 && folded.StartsWith("ge", StringComparison.Ordinal) ? DutchStemmer.Stem(folded[2..]) : null;

    private static bool HasApostropheS(string word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}

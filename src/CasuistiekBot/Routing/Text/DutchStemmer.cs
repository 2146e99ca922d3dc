namespace CasuistiekBot.Routing.Text;

/// <summary>
/// A deliberately light stemmer: it strips one common Dutch (and a few English) inflection endings so that
/// table terms and casus words meet halfway. It only has to be consistent, because both sides go through it.
/// </summary>
internal static class DutchStemmer
{
    private static readonly (string Suffix, string Replacement, int MinimumRest)[] Endings =
    [
        ("heden", "heid", 3), ("ingen", "", 3), ("ing", "", 3), ("ies", "y", 3), ("ied", "y", 3),
        ("ende", "", 3), ("end", "", 3), ("en", "", 3), ("te", "", 3), ("de", "", 3), ("ed", "", 4),
        ("s", "", 3), ("e", "", 3), ("t", "", 3),
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 3) return word;
        foreach (var (suffix, replacement, minimumRest) in Endings)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < minimumRest) continue;
            var rest = word[..^suffix.Length];
            // A plural or verb s/t after a vowel or after 's' is usually part of the word itself (proces, asiel).
            if (suffix is "s" or "t" && (IsVowel(rest[^1]) || rest[^1] is 's' or 'h')) continue;
            word = rest + replacement;
            break;
        }
        return Undouble(word);
    }

    private static string Undouble(string word) =>
        word.Length >= 4 && word[^1] == word[^2] && !IsVowel(word[^1]) && char.IsLetter(word[^1]) ? word[..^1] : word;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}

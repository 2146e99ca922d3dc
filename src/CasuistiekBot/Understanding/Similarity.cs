namespace CasuistiekBot.Understanding;

/// <summary>Whether a typed word is meant as a known word: the same, one typo off ("advis"), or the same stem ("anonieme").</summary>
internal static class Similarity
{
    public static bool Matches(string typed, string word) => typed == word || Typo(typed, word) || SameStem(typed, word);

    // One edit from four letters, two from eight; never for numbers, where one digit off is another value.
    public static bool Typo(string typed, string word)
    {
        if (word.Length < 4 || typed.Length < 4 || typed.Any(char.IsDigit) || word.Any(char.IsDigit)) return false;
        if (typed[0] != word[0]) return false;
        var allowed = word.Length >= 8 ? 2 : 1;
        return Math.Abs(typed.Length - word.Length) <= allowed && Distance(typed, word) <= allowed;
    }

    // "onderzoek" and "onderzocht", "signaal" and "signalen": a long shared beginning that leaves little over.
    public static bool SameStem(string a, string b)
    {
        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared]) shared++;
        return shared >= 5 && shared >= Math.Min(a.Length, b.Length) - 2;
    }

    // Optimal string alignment: insertions, deletions, substitutions and swapping two neighbours ("veiw"). The table
    // lives on the stack for words of ordinary length: this runs for every typed word against every option.
    public static int Distance(string a, string b)
    {
        var width = b.Length + 1;
        var size = (a.Length + 1) * width;
        var d = size <= 1024 ? stackalloc int[size] : new int[size];
        for (var i = 0; i <= a.Length; i++) d[i * width] = i;
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1), d[(i - 1) * width + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, d[(i - 2) * width + j - 2] + 1);
                d[i * width + j] = best;
            }
        }
        return d[size - 1];
    }
}

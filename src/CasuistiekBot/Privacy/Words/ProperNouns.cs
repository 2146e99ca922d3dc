using System.Collections.Frozen;

namespace CasuistiekBot.Privacy.Words;

/// <summary>
/// Capitalised words and phrases that name no person: places (<c>places.txt</c>: Dutch municipalities and towns,
/// countries, capitals and the cities people in casus texts come from), organisations and systems
/// (<c>organisations.txt</c>) and common English words (<c>english-words.txt</c>), which the Dutch word list does not
/// know. Single words are looked up as words; phrases ("Sierra Leone", "Veilig Thuis") are found in the text as a whole,
/// so that "Leone" or "Thuis" alone is no evidence either way.
/// </summary>
internal static class ProperNouns
{
    private static readonly List<string> Entries =
        [.. EmbeddedWordFile.Read("places.txt"), .. EmbeddedWordFile.Read("organisations.txt"), .. EmbeddedWordFile.Read("peoples-languages-feasts.txt")];

    /// <summary>Single-word places, organisations, peoples, languages and feasts.</summary>
    public static FrozenSet<string> Things { get; } = Entries.Where(e => !e.Contains(' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Peoples, languages and feasts: "Romanian" after a name describes the person, it lists no place.</summary>
    public static FrozenSet<string> Peoples { get; } = EmbeddedWordFile.Read("peoples-languages-feasts.txt").Where(e => !e.Contains(' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="Things"/> and common English words.</summary>
    public static FrozenSet<string> Words { get; } = Things.Concat(EmbeddedWordFile.Read("english-words.txt")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Phrases { get; } = Entries.Where(e => e.Contains(' ')).OrderByDescending(e => e.Length).ToArray();

    /// <summary>Where a listed phrase stands in the text as whole words, in any letter case.</summary>
    public static List<(int Start, int End)> PhrasesIn(string text)
    {
        var found = new List<(int Start, int End)>();
        foreach (var phrase in Phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) found.Add((at, end));
            }
        }
        return found;
    }
}

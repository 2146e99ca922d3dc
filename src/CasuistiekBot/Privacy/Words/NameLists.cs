using System.Collections.Frozen;

namespace CasuistiekBot.Privacy.Words;

/// <summary>
/// Given names and family names kept as data files next to this class (<c>first-names.txt</c>, <c>surnames.txt</c>),
/// embedded in the assembly and read once. Lookups ignore case, so "PIETER" and "pieter" are found as well.
/// </summary>
internal sealed class NameLists(FrozenSet<string> firstNames, FrozenSet<string> surnames)
{
    public static NameLists Embedded { get; } = new(Read("first-names.txt"), Read("surnames.txt"));

    public FrozenSet<string> FirstNames { get; } = firstNames;

    public FrozenSet<string> Surnames { get; } = surnames;

    /// <summary>These lists without the given names: how the scrubber does on names it has never seen.</summary>
    public NameLists Without(IEnumerable<string> names)
    {
        var removed = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        return new NameLists(
            FirstNames.Where(n => !removed.Contains(n)).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            Surnames.Where(n => !removed.Contains(n)).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A given name, or a hyphenated one whose parts all are ("Anne-Marie").</summary>
    public bool IsFirstName(string word) => AllParts(word, FirstNames);

    /// <summary>A family name, or a double one whose parts all are ("Kanhai-Ramdin").</summary>
    public bool IsSurname(string word) => AllParts(word, Surnames);

    private static bool AllParts(string word, FrozenSet<string> names)
    {
        if (names.Contains(word)) return true;
        if (!word.Contains('-')) return false;
        foreach (var part in word.Split('-'))
        {
            if (!names.Contains(part)) return false;
        }
        return true;
    }

    private static FrozenSet<string> Read(string fileName) => EmbeddedWordFile.Read(fileName).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

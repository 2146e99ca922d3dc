using System.Collections.Frozen;
using System.Reflection;

namespace CasuistiekBot.Privacy.Words;

/// <summary>
/// Given names and family names kept as data files next to this class (<c>first-names.txt</c>, <c>surnames.txt</c>),
/// embedded in the assembly and read once. Lookups ignore case, so "PIETER" and "pieter" are found as well.
/// </summary>
internal static class NameLists
{
    public static FrozenSet<string> FirstNames { get; } = Read("first-names.txt");

    public static FrozenSet<string> Surnames { get; } = Read("surnames.txt");

    /// <summary>A given name, or a hyphenated one whose parts all are ("Anne-Marie").</summary>
    public static bool IsFirstName(string word) => AllParts(word, FirstNames);

    /// <summary>A family name, or a double one whose parts all are ("Kanhai-Ramdin").</summary>
    public static bool IsSurname(string word) => AllParts(word, Surnames);

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

    private static FrozenSet<string> Read(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CasuistiekBot.Privacy.{fileName}")
            ?? throw new InvalidOperationException($"The name list {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && name[0] != '#') names.Add(name);
        }
        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}

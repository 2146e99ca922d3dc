using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace CasuistiekBot.Privacy.Words;

/// <summary>
/// The Dutch word list of Debian's <c>wdutch</c> package (OpenTaal), read once per process into frozen sets. It tells
/// the name detector that "visser" and "groot" are ordinary words, so a capital alone never makes them a name. Its
/// capitalised entries (names, places, brands) are kept apart: they are no evidence either way.
/// </summary>
public sealed class DutchWordList
{
    public const string DefaultPath = "/usr/share/dict/nederlands";

    private static readonly ConcurrentDictionary<string, Lazy<DutchWordList>> Cache = new(StringComparer.Ordinal);

    private readonly FrozenSet<string> _ordinary;

    private DutchWordList(string path, FrozenSet<string> ordinary)
    {
        Path = path;
        _ordinary = ordinary;
    }

    public string Path { get; }

    public bool IsLoaded => _ordinary.Count > 0;

    public int Count => _ordinary.Count;

    /// <summary>The list at <paramref name="path"/>, read on first use and shared by every caller; empty when the file is absent.</summary>
    public static DutchWordList Load(string path) =>
        Cache.GetOrAdd(path, p => new Lazy<DutchWordList>(() => Read(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>True when the word, lower-cased, is an entry of the list written in lower case ("visser", "zei").</summary>
    internal bool IsOrdinaryWord(string word) => _ordinary.Contains(word.ToLowerInvariant());

    private static DutchWordList Read(string path)
    {
        if (!File.Exists(path)) return new DutchWordList(path, FrozenSet<string>.Empty);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            // Lower-case entries are ordinary words; capitalised ones are proper nouns and abbreviations.
            if (line.Length >= 2 && char.IsLower(line[0]) && !line.Contains(' ')) words.Add(line);
        }
        return new DutchWordList(path, words.ToFrozenSet(StringComparer.Ordinal));
    }
}

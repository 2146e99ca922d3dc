using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// The lexicon filed by each cue's first word, so that a message is tried only against the cues whose first word it
/// contains: a handful instead of hundreds. Exact words are looked up whole; prefixes ("zelfmoord*") by every beginning
/// of each word. Candidates keep the lexicon's order, so what is found reads the same as trying every cue in turn.
/// </summary>
internal sealed class CueIndex
{
    private readonly Dictionary<string, List<int>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _prefixes = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Cue> _cues;
    private readonly int _longestPrefix;

    public CueIndex(IReadOnlyList<Cue> cues)
    {
        _cues = cues;
        for (var i = 0; i < cues.Count; i++)
        {
            foreach (var (text, isPrefix) in cues[i].Pattern.FirstWords)
            {
                var files = isPrefix ? _prefixes : _exact;
                if (!files.TryGetValue(text, out var list)) files[text] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
                if (isPrefix) _longestPrefix = Math.Max(_longestPrefix, text.Length);
            }
        }
    }

    /// <summary>The cues whose first word occurs among <paramref name="tokens"/>, in lexicon order.</summary>
    public IReadOnlyList<Cue> Candidates(IReadOnlyList<Token> tokens)
    {
        var hits = new SortedSet<int>();
        var lookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in tokens)
        {
            var text = token.Text;
            if (_exact.TryGetValue(text, out var exact)) hits.UnionWith(exact);
            if (_prefixes.Count == 0) continue;
            for (var length = 1; length <= Math.Min(text.Length, _longestPrefix); length++)
            {
                if (lookup.TryGetValue(text.AsSpan(0, length), out var prefixed)) hits.UnionWith(prefixed);
            }
        }
        var candidates = new List<Cue>(hits.Count);
        foreach (var i in hits) candidates.Add(_cues[i]);
        return candidates;
    }
}

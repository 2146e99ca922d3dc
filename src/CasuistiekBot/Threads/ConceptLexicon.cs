using System.Collections.Concurrent;
using System.Text.Json;
using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Threads;

/// <summary>
/// Reads the domain concepts a text speaks of, whatever words it uses: Dutch or English, jargon or plain words, a compound
/// or its parts ("nareis", "family reunification", "gezinshereniging" are one concept). The concepts and their words are
/// data (Threads/concepts.json). A concept's kind says how much sharing it means: the rule or decision at stake weighs
/// most, the group of people less, the broad theme least; "skip" words are read so that they mean nothing else
/// ("gehoord" is not a "gehoor", "buiten behandeling" is no treatment). Longer terms win over the words inside them.
/// </summary>
internal sealed class ConceptLexicon
{
    public const string Rule = "rule";
    private const int PartLength = 5;
    private readonly Term[] _terms;
    private readonly Dictionary<string, (string Kind, double Weight)> _concepts;
    private readonly ConcurrentDictionary<string, int[]> _startingWith = new(StringComparer.Ordinal);

    private ConceptLexicon(Term[] terms, Dictionary<string, (string, double)> concepts) => (_terms, _concepts) = (terms, concepts);

    public static string DefaultFile => Path.Combine(AppContext.BaseDirectory, "Threads", "concepts.json");

    public static ConceptLexicon Empty { get; } = new([], []);

    public static ConceptLexicon Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<ConceptFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} holds no concepts");
        var concepts = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        var terms = new List<Term>();
        foreach (var concept in document.Concepts)
        {
            if (!document.Weights.TryGetValue(concept.Kind, out var weight)) throw new InvalidDataException($"{path}: concept {concept.Id} has an unknown kind {concept.Kind}");
            concepts[concept.Id] = (concept.Kind, weight);
            terms.AddRange(concept.Terms.Select(t => Term.Parse(concept.Id, t)).Where(t => t.Words.Length > 0));
        }
        return new ConceptLexicon([.. terms], concepts);
    }

    public double Weight(string concept) => _concepts.TryGetValue(concept, out var c) ? c.Weight : 0;

    public bool IsRule(string concept) => _concepts.TryGetValue(concept, out var c) && c.Kind == Rule;

    /// <summary>The concepts named in the text (those that weigh something), each once.</summary>
    public HashSet<string> Read(string text)
    {
        var words = TextTokenizer.Tokenize(text).Select(t => t.Text).ToArray();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var best = new List<string>();
        for (var i = 0; i < words.Length;)
        {
            var (length, size) = (0, 0);
            best.Clear();
            foreach (var index in _startingWith.GetOrAdd(words[i], StartingWith))
            {
                var term = _terms[index];
                var n = term.Words.Length;
                if (i + n > words.Length || n < length || !Rest(term, words, i)) continue;
                if (n > length || term.Size > size) best.Clear();
                else if (term.Size < size) continue;
                (length, size) = (n, term.Size);
                best.Add(term.Concept);
            }
            if (length == 0) { i++; continue; }
            foreach (var concept in best) if (Weight(concept) > 0) found.Add(concept);
            i += length;
        }
        return found;
    }

    private int[] StartingWith(string word) => [.. Enumerable.Range(0, _terms.Length).Where(i => Matches(word, _terms[i].Words[0]))];

    private static bool Rest(Term term, string[] words, int at)
    {
        for (var k = 1; k < term.Words.Length; k++) if (!Matches(words[at + k], term.Words[k])) return false;
        return true;
    }

    // A word meets a term word when it is that word; starts with it when the term ends in '*' or is long enough to be
    // a word part of its own (an inflection or a compound's first part: "boetes", "nareisaanvraag"); or ends in it
    // within an ending's length (a compound's head: "verkeersboetes", "vreemdelingenbewaring").
    private static bool Matches(string word, TermWord part)
    {
        var p = part.Text;
        if (word == p) return true;
        if (part.Prefix && word.StartsWith(p, StringComparison.Ordinal)) return true;
        if (p.Length < PartLength) return false;
        if (word.StartsWith(p, StringComparison.Ordinal)) return true;
        if (word.Length < p.Length + 3) return false;
        for (var at = word.IndexOf(p, 3, StringComparison.Ordinal); at >= 0; at = word.IndexOf(p, at + 1, StringComparison.Ordinal))
        {
            if (part.Prefix || word.Length - at - p.Length <= 3) return true;
        }
        return false;
    }

    private readonly record struct TermWord(string Text, bool Prefix);

    private sealed record Term(string Concept, TermWord[] Words, int Size)
    {
        public static Term Parse(string concept, string text)
        {
            var words = new List<TermWord>();
            foreach (var piece in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var prefix = piece.EndsWith('*');
                var folded = TextTokenizer.Tokenize(piece.TrimEnd('*')).Select(t => t.Text).ToArray();
                words.AddRange(folded.Select((w, i) => new TermWord(w, prefix && i == folded.Length - 1)));
            }
            return new Term(concept, [.. words], text.Trim().Length);
        }
    }

    private sealed record ConceptFile(Dictionary<string, double> Weights, List<ConceptEntry> Concepts);

    private sealed record ConceptEntry(string Id, string Kind, List<string> Terms);
}

using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing.Learning;

/// <summary>
/// The learned part of the router: a naive Bayes model over word stems, trained at start from curated examples. For
/// each route it sums, over the casus's distinct stems that occur in the examples, how much more often the stem occurs
/// in that route's examples than in all of them (log odds, additively smoothed). Stems never seen add nothing, so an
/// unusual casus falls back on the weighted vocabulary. Counting only, so equal input always gives equal output.
/// </summary>
internal sealed class WordEvidenceModel
{
    public const int MinimumExamplesPerRoute = 3;
    private const double Smoothing = 0.5;

    private readonly IReadOnlyList<string> _routes;
    private readonly Dictionary<string, int>[] _counts;
    private readonly int[] _documents;
    private readonly Dictionary<string, int> _total = new(StringComparer.Ordinal);
    private readonly int _allDocuments;

    private WordEvidenceModel(IReadOnlyList<string> routes, IEnumerable<RouteExample> examples)
    {
        _routes = routes;
        _counts = [.. routes.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _documents = new int[routes.Count];
        foreach (var example in examples)
        {
            var r = IndexOf(example.Route);
            if (r < 0) continue;
            _documents[r]++;
            _allDocuments++;
            foreach (var stem in Stems(TextTokenizer.Tokenize(example.Text)))
            {
                _counts[r][stem] = _counts[r].GetValueOrDefault(stem) + 1;
                _total[stem] = _total.GetValueOrDefault(stem) + 1;
            }
        }
    }

    /// <summary>Null unless every route has enough examples: a route without any would lose to the others unfairly.</summary>
    public static WordEvidenceModel? Train(IReadOnlyList<string> routes, IEnumerable<RouteExample> examples)
    {
        var model = new WordEvidenceModel(routes, examples);
        return model._documents.All(n => n >= MinimumExamplesPerRoute) ? model : null;
    }

    public double Evidence(string route, IReadOnlyList<Token> tokens)
    {
        var r = IndexOf(route);
        if (r < 0) return 0;
        var evidence = 0.0;
        foreach (var stem in Stems(tokens))
        {
            if (!_total.TryGetValue(stem, out var total)) continue;
            var inRoute = (_counts[r].GetValueOrDefault(stem) + Smoothing) / (_documents[r] + 1.0);
            var overall = (total + Smoothing * _routes.Count) / (_allDocuments + (double)_routes.Count);
            evidence += Math.Log(inRoute) - Math.Log(overall);
        }
        return evidence;
    }

    private int IndexOf(string route)
    {
        for (var i = 0; i < _routes.Count; i++)
        {
            if (string.Equals(_routes[i], route, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    private static HashSet<string> Stems(IReadOnlyList<Token> tokens) =>
        [.. tokens.Where(t => t.Text.Length > 1 && !StopWords.Contains(t.Text)).Select(t => t.Stem)];
}

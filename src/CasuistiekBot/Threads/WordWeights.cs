using CasuistiekBot.Routing.Learning;
using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Threads;

/// <summary>
/// How much a shared word says: rare words across the curated route examples weigh more than words every casus uses
/// ("aanvraag", "medewerker"), as inverse document frequency. Words the examples never use weigh the most. Counting
/// only, so equal input always gives equal output.
/// </summary>
internal sealed class WordWeights
{
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly int _count;

    public WordWeights(IEnumerable<string> corpus)
    {
        foreach (var text in corpus)
        {
            _count++;
            foreach (var stem in Stems(text)) _documents[stem] = _documents.GetValueOrDefault(stem) + 1;
        }
    }

    public static WordWeights FromRouteExamples() => new(RouteExamples.Load(RouteExamples.DefaultFile).Examples.Select(e => e.Text));

    public double Of(string stem) => Math.Log((_count + 1.0) / (_documents.GetValueOrDefault(stem) + 0.5));

    /// <summary>The distinct content stems of a text: no function words, numbers or one- and two-letter words.</summary>
    public static HashSet<string> Stems(string text) =>
        [.. TextTokenizer.Tokenize(text).Where(t => t.Text.Length > 2 && !StopWords.Contains(t.Text) && !t.Text.All(char.IsDigit)).Select(t => t.Stem)];
}

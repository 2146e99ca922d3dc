namespace CasuistiekBot.Threads;

/// <summary>
/// Whether two items tell the same story ("rode draad"): mostly the domain concepts they share, read from the words
/// whatever language or jargon they use (<see cref="ConceptLexicon"/>, a weighted cosine in which the rule at stake counts
/// most and the broad theme least), then the words they share weighted by how rare each is, and a little for the themes,
/// the same best route and the law. What must agree is the rule or decision: two items that share no rule concept only
/// relate (same field, other problem) and keep a part of their score, under the threshold unless they are told nearly
/// alike. Two items under different laws rarely concern the same rule. Offline and deterministic.
/// </summary>
internal sealed class SimilarityModel(WordWeights weights, ConceptLexicon concepts)
{
    public const double Threshold = 0.34;
    private const double ConceptShare = 0.60;
    private const double WordShare = 0.40;
    private const double ThemeShare = 0.03;
    private const double SameRoute = 0.02;
    private const double SameLaw = 0.03;
    private const double OtherLaw = -0.10;
    private const double OnlyRelated = 0.6;
    private const double CompoundShare = 0.5;
    private const int MinimumPart = 5;

    public double Score(ThreadText a, ThreadText b) => Score(Prepare(a), Prepare(b));

    public Prepared Prepare(ThreadText item)
    {
        var stems = WordWeights.Stems(Abbreviations.Expand(item.Text));
        var named = concepts.Read(item.Text);
        return new Prepared(item, stems.ToDictionary(s => s, weights.Of, StringComparer.Ordinal),
            named.ToDictionary(c => c, concepts.Weight, StringComparer.Ordinal), [.. named.Where(concepts.IsRule)]);
    }

    public static double Score(Prepared a, Prepared b)
    {
        var score = ConceptShare * Concepts(a, b) + WordShare * Words(a, b) + ThemeShare * Themes(a.Item.Themes, b.Item.Themes);
        if (a.Item.Route is { } route && route == b.Item.Route) score += SameRoute;
        if (Known(a.Item.Law) is { } lawA && Known(b.Item.Law) is { } lawB)
        {
            score += string.Equals(lawA, lawB, StringComparison.OrdinalIgnoreCase) ? SameLaw : OtherLaw;
        }
        if (!a.Rules.Overlaps(b.Rules)) score *= OnlyRelated;
        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }

    public static bool Similar(double score) => score >= Threshold;

    private static double Concepts(Prepared a, Prepared b)
    {
        if (a.ConceptNorm == 0 || b.ConceptNorm == 0) return 0;
        var shared = 0.0;
        foreach (var (concept, weight) in a.Concepts)
        {
            if (b.Concepts.ContainsKey(concept)) shared += weight * weight;
        }
        return shared / Math.Sqrt(a.ConceptNorm * b.ConceptNorm);
    }

    private static double Words(Prepared a, Prepared b)
    {
        if (a.Weights.Count == 0 || b.Weights.Count == 0) return 0;
        return (Shared(a, b) + Shared(b, a)) / 2 / Math.Sqrt(a.Norm * b.Norm);
    }

    // A word of one text found in the other counts fully; a compound that holds a word of the other at its start or end
    // ("jongerenopvang" and "opvang", "vreemdelingenbewaring" and "bewaring") counts for half.
    private static double Shared(Prepared from, Prepared to)
    {
        var shared = 0.0;
        foreach (var (stem, weight) in from.Weights)
        {
            if (to.Weights.ContainsKey(stem))
            {
                shared += weight * weight;
                continue;
            }
            var part = 0.0;
            foreach (var (other, otherWeight) in to.Weights)
            {
                if (otherWeight > part && (PartOf(stem, other) || PartOf(other, stem))) part = otherWeight;
            }
            shared += CompoundShare * weight * part;
        }
        return shared;
    }

    private static bool PartOf(string compound, string word) =>
        word.Length >= MinimumPart && compound.Length > word.Length
        && (compound.StartsWith(word, StringComparison.Ordinal) || compound.EndsWith(word, StringComparison.Ordinal));

    private static double Themes(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var union = a.Union(b, StringComparer.Ordinal).Count();
        return (double)a.Intersect(b, StringComparer.Ordinal).Count() / union;
    }

    private static string? Known(string? law) => string.IsNullOrWhiteSpace(law) || string.Equals(law, "anders", StringComparison.OrdinalIgnoreCase) ? null : law;

    /// <summary>An item with its word weights and concepts computed once, to compare with many.</summary>
    public sealed record Prepared(ThreadText Item, Dictionary<string, double> Weights, Dictionary<string, double> Concepts, HashSet<string> Rules)
    {
        public double Norm { get; } = Weights.Values.Sum(w => w * w);

        public double ConceptNorm { get; } = Concepts.Values.Sum(w => w * w);
    }
}

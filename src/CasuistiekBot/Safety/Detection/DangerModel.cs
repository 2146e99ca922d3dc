using System.Globalization;
using System.Reflection;
using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// A naive Bayes reading of a sentence over its words, word pairs, stems and negated words, learned from the evaluation sets the rules were
/// tuned on (the tests rebuild it and fail when the file is stale). It hears danger in words the rules do not list,
/// which is where the rules kept failing on text by a new writer; whether that danger is here and now is still for
/// <see cref="DangerScope"/> to say, at the word that weighs most.
/// </summary>
internal sealed class DangerModel(double prior, double suicidePrior, IReadOnlyDictionary<string, (double Danger, double Suicide)> weights)
{
    public const string ResourceName = "CasuistiekBot.Safety.danger-model.tsv";

    /// <summary>The line that holds the priors instead of a feature's weights.</summary>
    public const string PriorKey = "<prior>";

    private static readonly Lazy<DangerModel> Shipped = new(() => Parse(ReadResource()));

    public static DangerModel Embedded => Shipped.Value;

    public static DangerModel Empty { get; } = new(double.NegativeInfinity, 0, new Dictionary<string, (double, double)>());

    // A word this long is also known by its first letters, so that "dreigde" and "dreigend", "overdosis" and "overdoses"
    // share what they have learned; shorter words are too often other words with the same start.
    private const int StemLength = 6;

    // How far back a negation reaches within its clause: "wil niet meer leven" is not "wil leven".
    private const int NegationReach = 4;

    private static readonly HashSet<string> Negators =
        ["niet", "geen", "nooit", "niemand", "niets", "niks", "not", "no", "never", "dont", "doesnt", "didnt", "wont", "nobody", "nothing", "isnt", "wasnt"];

    /// <summary>The features of a sentence, as the model knows them: each word's own (<see cref="Own"/>), in order.</summary>
    public static IEnumerable<string> Features(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            foreach (var feature in Own(tokens, i, to)) yield return feature;
        }
    }

    /// <summary>
    /// What a word brings to its sentence: itself, the pair with its neighbour, the pair with the word after that (which
    /// carries across an inserted word: "wil echt dood"), its stem, and the word marked as negated after a negation.
    /// </summary>
    private static IEnumerable<string> Own(IReadOnlyList<Token> tokens, int i, int to)
    {
        var word = tokens[i].Text;
        yield return word;
        if (i < to) yield return $"{word} {tokens[i + 1].Text}";
        if (i + 2 <= to) yield return $"{word} _ {tokens[i + 2].Text}";
        if (word.Length > StemLength) yield return $"~{word[..StemLength]}";
        if (IsNegated(tokens, i)) yield return $"!{word}";
    }

    private static bool IsNegated(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - NegationReach && tokens[j].Sentence == tokens[i].Sentence && tokens[j].Clause == tokens[i].Clause; j--)
        {
            if (Negators.Contains(tokens[j].Text)) return true;
        }
        return false;
    }

    /// <summary>Every sentence's score (log odds of danger), the word that weighs most for it, and whether it speaks of suicide.</summary>
    public IEnumerable<DangerReading> Read(IReadOnlyList<Token> tokens)
    {
        for (var from = 0; from < tokens.Count;)
        {
            var to = from;
            while (to + 1 < tokens.Count && tokens[to + 1].Sentence == tokens[from].Sentence) to++;
            yield return ReadSentence(tokens, from, to);
            from = to + 1;
        }
    }

    private DangerReading ReadSentence(IReadOnlyList<Token> tokens, int from, int to)
    {
        var (score, suicide) = (prior, suicidePrior);
        var (anchor, heaviest) = (from, double.NegativeInfinity);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = from; i <= to; i++)
        {
            var own = 0.0;
            foreach (var feature in Own(tokens, i, to))
            {
                if (!seen.Add(feature) || !weights.TryGetValue(feature, out var weight)) continue;
                (score, suicide, own) = (score + weight.Danger, suicide + weight.Suicide, own + weight.Danger);
            }
            if (own > heaviest) (anchor, heaviest) = (i, own);
        }
        return new DangerReading(score, anchor, suicide > 0);
    }

    public static DangerModel Parse(string text)
    {
        var (prior, suicidePrior) = (0.0, 0.0);
        var weights = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line[0] == '#') continue;
            var parts = line.Split('\t');
            var (danger, suicide) = (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
            if (parts[0] == PriorKey) (prior, suicidePrior) = (danger, suicide);
            else weights[parts[0]] = (danger, suicide);
        }
        return new DangerModel(prior, suicidePrior, weights);
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

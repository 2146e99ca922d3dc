using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

internal static class SignalMatcher
{
    // A denied signal ("geen sprake van intimidatie") still hints at the topic, but only faintly.
    public const double NegatedFactor = 0.15;
    public const double WithoutContextFactor = 0.35;

    public static List<SignalHit> Match(
        IReadOnlyList<CompiledSignal> signals, IReadOnlyList<Token> tokens, bool negatable, bool contextPresent)
    {
        var hits = new List<SignalHit>();
        foreach (var signal in signals)
        {
            var canBeDenied = signal.Negatable ?? negatable;
            (int First, int Last)? denied = null;
            (int First, int Last)? affirmed = null;
            foreach (var occurrence in signal.Pattern.FindAll(tokens))
            {
                if (!signal.Placed(tokens, occurrence.First)) continue;
                if (canBeDenied && Negation.IsNegated(tokens, occurrence.First, occurrence.Last))
                {
                    denied ??= occurrence;
                    continue;
                }
                affirmed = occurrence;
                break;
            }
            if (affirmed is null && denied is null) continue;
            var weight = signal.NeedsContext && !contextPresent ? signal.Weight * WithoutContextFactor : signal.Weight;
            var span = affirmed ?? denied!.Value;
            hits.Add(new SignalHit(signal.Term, Words(tokens, span), affirmed is null ? weight * NegatedFactor : weight, affirmed is null));
        }
        return hits;
    }

    public static bool AnyMatch(IReadOnlyList<TermPattern> patterns, IReadOnlyList<Token> tokens) =>
        patterns.Any(pattern => pattern.FindAll(tokens).Any());

    private static string Words(IReadOnlyList<Token> tokens, (int First, int Last) span) =>
        string.Join(' ', Enumerable.Range(span.First, span.Last - span.First + 1).Select(i => tokens[i].Original.ToLowerInvariant()));
}

using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

// Cheap enough to run on every intake message, so the bot can point to the confidential routes at once.
internal sealed class SafetyDetector(RoutingTable table)
{
    public SafetySignal Detect(string text) => Detect(TextTokenizer.Tokenize(text));

    public SafetySignal Detect(IReadOnlyList<Token> tokens)
    {
        var kind = SafetyKind.None;
        var strength = 0.0;
        var words = new List<string>();
        foreach (var route in table.Routes.Where(r => r.Safety != SafetyKind.None))
        {
            var score = RouteScorer.Score(route, tokens, wish: null, table.SafetyThreshold);
            strength = Math.Max(strength, score.SignalSum);
            if (!score.SafetyWin) continue;
            kind |= route.Safety;
            words.AddRange(RouteReasons.Words(score.Hits.Where(h => h.Weight > 0 && !h.Negated)));
        }
        return kind == SafetyKind.None ? SafetySignal.None with { Strength = strength } : new SafetySignal(kind, strength, [.. words.Distinct()]);
    }
}

using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

internal static class RouteScorer
{
    public static RouteScore Score(CompiledRoute route, IReadOnlyList<Token> tokens, CasusWish? wish, double safetyThreshold, double learned = 0)
    {
        var contextPresent = route.Context.Count == 0 || SignalMatcher.AnyMatch(route.Context, tokens);
        var hits = SignalMatcher.Match(route.Signals, tokens, route.Definition.Negatable, contextPresent);
        var signalSum = hits.Sum(hit => hit.Weight);
        var wishBonus = wish is { } w && route.Wishes.TryGetValue(w, out var bonus) ? bonus : 0;
        var safetyWin = route.Safety != SafetyKind.None && signalSum >= safetyThreshold;
        return new RouteScore(route, route.Definition.Prior + wishBonus + signalSum + learned, signalSum, hits, wishBonus, safetyWin) { Learned = learned };
    }

    // Safety routes with strong signals first, then by score, then by table order so equal input gives equal output.
    public static IEnumerable<RouteScore> Rank(IEnumerable<RouteScore> scores) =>
        scores.OrderByDescending(s => s.SafetyWin).ThenByDescending(s => s.Raw).ThenBy(s => s.Route.Index);
}

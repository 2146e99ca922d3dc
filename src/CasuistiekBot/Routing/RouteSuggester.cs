using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

// Ranks every route of the table for a casus, offline and deterministic: weighted word and phrase signals,
// negation for the safety routes, priors from what the inbrenger wants, and safety routes first when strong.
internal sealed class RouteSuggester(RoutingTable table)
{
    private readonly ThemeExtractor _themes = new(table);

    public RouteSuggestion Suggest(CasusText input, string language = Languages.Dutch)
    {
        var tokens = TextTokenizer.Tokenize(input.Combined());
        var ranked = RouteScorer.Rank(table.Routes.Select(route => RouteScorer.Score(route, tokens, input.Wants, table.SafetyThreshold, table.LearnedEvidence(route, tokens))))
            .Select(score => ToRankedRoute(score, input.Wants, language))
            .ToList();
        return new RouteSuggestion(ranked, _themes.Extract(tokens));
    }

    private static RankedRoute ToRankedRoute(RouteScore score, CasusWish? wish, string language)
    {
        var dutch = RouteReasons.Explain(score, wish, Languages.Dutch);
        var english = RouteReasons.Explain(score, wish, Languages.English);
        return new RankedRoute(score.Route.Id, score.Normalised, language == Languages.English ? english : dutch)
        {
            ReasonDutch = dutch,
            ReasonEnglish = english,
            MatchedWords = RouteReasons.Words(score.Hits.Where(h => h.Weight > 0 && !h.Negated)),
            Confidential = score.Route.Definition.Confidential,
        };
    }
}

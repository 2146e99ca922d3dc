using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

// Themes are the expertise tags panels are matched on.
internal sealed class ThemeExtractor(RoutingTable table)
{
    public const double Threshold = 1.0;

    public IReadOnlyList<string> Extract(string text) => Extract(TextTokenizer.Tokenize(text));

    public IReadOnlyList<string> Extract(IReadOnlyList<Token> tokens) =>
    [
        .. table.Themes
            .Select(theme => (theme, score: SignalMatcher.Match(theme.Signals, tokens, negatable: false, contextPresent: true).Sum(h => h.Weight)))
            .Where(t => t.score >= Threshold)
            .OrderByDescending(t => t.score)
            .ThenBy(t => t.theme.Index)
            .Select(t => t.theme.Id),
    ];
}

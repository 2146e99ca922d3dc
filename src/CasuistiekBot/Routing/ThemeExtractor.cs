using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

// Themes are the expertise tags panels are matched on; a theme needs word evidence in the text (see ThemeEvidence).
internal sealed class ThemeExtractor(RoutingTable table)
{
    public const double Threshold = 1.0;

    public IReadOnlyList<string> Extract(string text) => Extract(TextTokenizer.Tokenize(text));

    public IReadOnlyList<string> Extract(IReadOnlyList<Token> tokens) =>
    [
        .. table.Themes
            .Select(theme => (theme, score: ThemeEvidence.Score(theme, tokens)))
            .Where(t => t.score >= Threshold)
            .OrderByDescending(t => t.score)
            .ThenBy(t => t.theme.Index)
            .Select(t => t.theme.Id),
    ];
}

namespace CasuistiekBot.Routing;

// All routes of the table, best first, and the themes (expertise tags) the casus touches.
internal sealed record RouteSuggestion(IReadOnlyList<RankedRoute> Routes, IReadOnlyList<string> Themes)
{
    public RankedRoute Best => Routes[0];
}

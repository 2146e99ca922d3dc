namespace CasuistiekBot.Routing;

// Source says where the table came from (a file path, "configuration Routing:Routes" or the default table).
internal sealed record RoutingLoadResult(string Source, RoutingTableDocument? Document, IReadOnlyList<RoutingProblem> Problems)
{
    public bool IsValid => Document is not null && Problems.Count == 0;
}

namespace CasuistiekBot.Routing;

// The shape of a routing table file (see routes.default.json).
internal sealed class RoutingTableDocument
{
    public string? Notes { get; set; }
    public double SafetyThreshold { get; set; } = RoutingTable.DefaultSafetyThreshold;
    public List<RouteDefinition> Routes { get; set; } = [];
    public List<ThemeDefinition> Themes { get; set; } = [];
}

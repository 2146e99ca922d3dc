namespace CasuistiekBot.Routing;

// Routing:Routes replaces the route list, Routing:File points to a whole table; with neither the default table applies.
internal sealed class RoutingOptions
{
    public const string Section = "Routing";

    public string? File { get; set; }
    public List<RouteDefinition> Routes { get; set; } = [];
    public List<ThemeDefinition> Themes { get; set; } = [];
    public double? SafetyThreshold { get; set; }
}

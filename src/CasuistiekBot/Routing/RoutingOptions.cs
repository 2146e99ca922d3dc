namespace CasuistiekBot.Routing;

// Routing:Routes replaces the route list, Routing:File points to a whole table; with neither the default table applies.
internal sealed class RoutingOptions
{
    public const string Section = "Routing";

    public string? File { get; set; }
    public List<RouteDefinition> Routes { get; set; } = [];
    public List<ThemeDefinition> Themes { get; set; } = [];
    public double? SafetyThreshold { get; set; }

    // Curated casus examples the learned part trains on at start; the default file ships next to the default table.
    public string? Examples { get; set; }

    // How much the learned evidence counts next to the weighted vocabulary; 0 switches the learned part off.
    public double LearnedWeight { get; set; } = DefaultLearnedWeight;

    public const double DefaultLearnedWeight = 0.3;
}

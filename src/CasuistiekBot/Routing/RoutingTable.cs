namespace CasuistiekBot.Routing;

// The validated, compiled table every routing component works from; built once at start.
internal sealed class RoutingTable
{
    public const double DefaultSafetyThreshold = 2.5;

    private RoutingTable(IReadOnlyList<CompiledRoute> routes, IReadOnlyList<CompiledTheme> themes, double safetyThreshold)
    {
        Routes = routes;
        Themes = themes;
        SafetyThreshold = safetyThreshold;
    }

    public IReadOnlyList<CompiledRoute> Routes { get; }
    public IReadOnlyList<CompiledTheme> Themes { get; }
    public double SafetyThreshold { get; }

    public RouteDefinition? Find(string routeId) =>
        Routes.FirstOrDefault(r => string.Equals(r.Id, routeId, StringComparison.OrdinalIgnoreCase))?.Definition;

    public static RoutingTable FromOptions(RoutingOptions options)
    {
        var result = RoutingTableLoader.Load(options);
        return result.IsValid ? Compile(result.Document!) : throw new RoutingTableException(result.Source, result.Problems);
    }

    public static RoutingTable Default() => FromOptions(new RoutingOptions());

    // Callers validate first; compiling an invalid document is a programming error.
    public static RoutingTable Compile(RoutingTableDocument document) => new(
        [.. document.Routes.Select((route, i) => CompiledRoute.From(i, route))],
        [.. document.Themes.Select((theme, i) => new CompiledTheme(i, theme, CompiledSignal.From(theme.Signals)))],
        document.SafetyThreshold);
}

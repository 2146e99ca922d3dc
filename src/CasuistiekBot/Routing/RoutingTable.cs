using CasuistiekBot.Routing.Learning;
using CasuistiekBot.Routing.Text;

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

    // Null when there are no examples for every route or the weight is 0: the vocabulary then decides alone.
    public WordEvidenceModel? Learned { get; private init; }
    public double LearnedWeight { get; private init; }

    public double LearnedEvidence(CompiledRoute route, IReadOnlyList<Token> tokens) =>
        Learned is null ? 0 : LearnedWeight * Learned.Evidence(route.Id, tokens);

    public RoutingTable WithLearning(IEnumerable<RouteExample> examples, double weight) => new(Routes, Themes, SafetyThreshold)
    {
        Learned = weight > 0 ? WordEvidenceModel.Train([.. Routes.Select(r => r.Id)], examples) : null,
        LearnedWeight = weight,
    };

    public RouteDefinition? Find(string routeId) =>
        Routes.FirstOrDefault(r => string.Equals(r.Id, routeId, StringComparison.OrdinalIgnoreCase))?.Definition;

    public static RoutingTable FromOptions(RoutingOptions options)
    {
        var result = RoutingTableLoader.Load(options);
        if (!result.IsValid) throw new RoutingTableException(result.Source, result.Problems);
        var examplesFile = ExamplesFile(options);
        var (examples, problems) = RouteExamples.Load(examplesFile);
        if (problems.Count > 0) throw new RoutingTableException(examplesFile, problems);
        return Compile(result.Document!).WithLearning(examples, options.LearnedWeight);
    }

    public static string ExamplesFile(RoutingOptions options) =>
        string.IsNullOrWhiteSpace(options.Examples) ? RouteExamples.DefaultFile : Path.GetFullPath(options.Examples);

    public static RoutingTable Default() => FromOptions(new RoutingOptions());

    // Callers validate first; compiling an invalid document is a programming error.
    public static RoutingTable Compile(RoutingTableDocument document) => new(
        [.. document.Routes.Select((route, i) => CompiledRoute.From(i, route))],
        [.. document.Themes.Select((theme, i) => new CompiledTheme(i, theme, CompiledSignal.From(theme.Signals)))],
        document.SafetyThreshold);
}

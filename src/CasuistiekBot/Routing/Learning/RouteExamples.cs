using System.Text.Json;

namespace CasuistiekBot.Routing.Learning;

internal static class RouteExamples
{
    public static string DefaultFile => Path.Combine(AppContext.BaseDirectory, "Routing", "routes.examples.json");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };

    // A missing file means no learned part; a broken one is a problem the validator reports at start.
    public static (IReadOnlyList<RouteExample> Examples, IReadOnlyList<RoutingProblem> Problems) Load(string path)
    {
        if (!File.Exists(path)) return ([], []);
        try
        {
            using var stream = File.OpenRead(path);
            var examples = JsonSerializer.Deserialize<List<RouteExample?>>(stream, Json) ?? [];
            var broken = examples.Select((e, i) => (e, i)).Where(x => x.e is null || string.IsNullOrWhiteSpace(x.e.Route) || string.IsNullOrWhiteSpace(x.e.Text));
            return ([.. examples.OfType<RouteExample>().Where(e => !string.IsNullOrWhiteSpace(e.Route) && !string.IsNullOrWhiteSpace(e.Text))],
                [.. broken.Select(x => new RoutingProblem($"examples[{x.i}]", "needs a route and a text"))]);
        }
        catch (JsonException e)
        {
            return ([], [new RoutingProblem(path, $"the examples file is not a JSON array of {{id, route, text}}: {e.Message}")]);
        }
    }
}

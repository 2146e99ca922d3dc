using System.Globalization;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Routing;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Routing;

// Measures the default table on route-eval.jsonl. The vocabulary was written from the domain first; the "dev" cases
// (54 written with the held-out ones, 27 more written after a first tuning round and measured before tuning on them)
// were used to tune it. The "heldout" cases are never tuned on, only measured. Both figures are reported; the
// held-out one is the honest estimate for unseen text.
public sealed class RouteEvaluationTests(ITestOutputHelper output)
{
    private static string EvaluationFile => Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Routing", "route-eval.jsonl");

    [Fact]
    public void The_default_table_routes_the_evaluation_set_with_top1_at_least_80_and_top2_at_least_95_percent()
    {
        var cases = RouteEvaluation.Load(EvaluationFile);
        var suggester = new RouteSuggester(RoutingTable.Default());
        var outcomes = cases.Select(c => RouteEvaluation.Judge(c, suggester.Suggest(new CasusText(c.Text, Wants: c.Wants)))).ToList();

        var report = RouteEvaluation.Report(outcomes);
        output.WriteLine(report);
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "eval"));
        File.WriteAllText(Path.Combine(artifacts.FullName, "route.txt"), report, new UTF8Encoding(false));

        Assert.True(cases.Count >= 90, $"the evaluation set needs at least 90 cases, has {cases.Count}");
        Assert.All(cases.GroupBy(c => c.Route), g => Assert.True(g.Count() >= 8, $"{g.Key} has only {g.Count()} cases"));
        var top1 = outcomes.Average(o => o.Top1 ? 1.0 : 0.0);
        var top2 = outcomes.Average(o => o.Top2 ? 1.0 : 0.0);
        Assert.True(top1 >= 0.80, $"top-1 accuracy {top1:P1} is below 80%");
        Assert.True(top2 >= 0.95, $"top-2 accuracy {top2:P1} is below 95%");
    }
}

internal static class RouteEvaluation
{
    public sealed record Case(string Id, string Split, string Route, string? Alt, CasusWish? Wants, string Text);

    public sealed record Outcome(Case Case, string First, string Second, bool Top1, bool Top2);

    public static List<Case> Load(string path) =>
    [
        .. File.ReadLines(path).Where(line => line.Trim().Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string? Optional(string name) => root.TryGetProperty(name, out var value) ? value.GetString() : null;
            CasusWish? wants = CasusWishes.TryParse(Optional("wants"), out var wish) ? wish : null;
            return new Case(Optional("id")!, Optional("split")!, Optional("route")!, Optional("alt"), wants, Optional("text")!);
        }),
    ];

    // An acceptable alternative counts as right: those cases are genuinely ambiguous.
    public static Outcome Judge(Case c, RouteSuggestion suggestion)
    {
        var first = suggestion.Routes[0].RouteId;
        var second = suggestion.Routes[1].RouteId;
        bool Accepts(string route) => route == c.Route || route == c.Alt;
        return new Outcome(c, first, second, Accepts(first), Accepts(first) || Accepts(second));
    }

    public static string Report(IReadOnlyList<Outcome> outcomes)
    {
        var report = new StringBuilder();
        report.AppendLine("Route suggestion evaluation (default table)");
        Line(report, "overall", outcomes);
        foreach (var split in outcomes.GroupBy(o => o.Case.Split).OrderBy(g => g.Key, StringComparer.Ordinal)) Line(report, split.Key, [.. split]);
        report.AppendLine();
        report.AppendLine("per route (dev | heldout | all)");
        foreach (var route in outcomes.GroupBy(o => o.Case.Route).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string Part(IEnumerable<Outcome> part) =>
                part.ToList() is { Count: > 0 } list ? $"{list.Count(o => o.Top1)}/{list.Count} top1 {list.Count(o => o.Top2)}/{list.Count} top2" : "-";
            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {route.Key,-20} {Part(route.Where(o => o.Case.Split == "dev"))} | {Part(route.Where(o => o.Case.Split == "heldout"))} | {Part(route)}");
        }
        report.AppendLine();
        report.AppendLine("misses (top-1 wrong)");
        foreach (var miss in outcomes.Where(o => !o.Top1))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {miss.Case.Id} [{miss.Case.Split}] want {miss.Case.Route}, got {miss.First} then {miss.Second}");
        }
        return report.ToString();
    }

    private static void Line(StringBuilder report, string label, IReadOnlyList<Outcome> outcomes) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{label,-8} n={outcomes.Count,3}  top-1 {outcomes.Average(o => o.Top1 ? 1.0 : 0.0):P1}  top-2 {outcomes.Average(o => o.Top2 ? 1.0 : 0.0):P1}");
}

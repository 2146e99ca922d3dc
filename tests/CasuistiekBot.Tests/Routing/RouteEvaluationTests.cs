using System.Globalization;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Routing;
using CasuistiekBot.Routing.Learning;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Routing;

// Measures the default table on route-eval.jsonl, per split, so the history stays honest:
// - "dev": 54 cases written with the vocabulary, 27 more after a first tuning round. Tuned on.
// - "heldout": 54 cases written with "dev" and never tuned on; only measured (81.5% top-1, 92.6% top-2 before the
//   generalisation round).
// - "dev2": 108 cases written independently by someone who never saw the vocabulary, 12 per route. Measured blind
//   before it was tuned on: 70.4% top-1, 80.6% top-2 (the assertion then failed on it). Tuned on since.
// - "dev3": 60 cases written for the routes that were thin, measured before any tuning on them: 40.0% top-1,
//   50.0% top-2. Tuned on since.
// After the generalisation round (vocabulary plus learned word evidence from routes.examples.json, which holds the dev,
// dev2 and dev3 cases): heldout 96.3% top-1, 100% top-2; vocabulary alone 90.7% / 100%. The cross-validation below
// retrains the learned part without each fold.
// - "blind2": 108 more cases written independently and kept away from the tuning round, measured once afterwards:
//   94.4% top-1, 97.2% top-2 (the table before that round scored 75.0% / 85.2% on them). Never tuned on, and not in
//   routes.examples.json.
// The assertion applies to the whole set; "heldout" and "blind2" are the figures for text never tuned on.
public sealed class RouteEvaluationTests(ITestOutputHelper output)
{
    private const int Folds = 10;

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

        var folds = RouteEvaluation.CrossValidate(cases, Folds);
        output.WriteLine(folds);
        File.AppendAllText(Path.Combine(artifacts.FullName, "route.txt"), folds, new UTF8Encoding(false));

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

    // The learned part is trained on routes.examples.json, which holds the tuned splits. To measure it on text it was not
    // trained on, each fold of the cases is routed by a table whose examples leave that fold out (the vocabulary stays as
    // it is, so this measures the learned part honestly and the vocabulary only as far as it was not tuned on the fold).
    public static string CrossValidate(IReadOnlyList<Case> cases, int folds)
    {
        var document = RoutingTableLoader.LoadFile(RoutingTableLoader.DefaultFile).Document!;
        var (examples, _) = RouteExamples.Load(RouteExamples.DefaultFile);
        var outcomes = new List<Outcome>();
        var vocabularyOnly = new List<Outcome>();
        for (var fold = 0; fold < folds; fold++)
        {
            var inFold = cases.Where((_, i) => i % folds == fold).ToList();
            var left = inFold.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var table = RoutingTable.Compile(document).WithLearning(examples.Where(e => !left.Contains(e.Id)), RoutingOptions.DefaultLearnedWeight);
            var suggester = new RouteSuggester(table);
            outcomes.AddRange(inFold.Select(c => Judge(c, suggester.Suggest(new CasusText(c.Text, Wants: c.Wants)))));
        }
        var plain = new RouteSuggester(RoutingTable.Compile(document));
        vocabularyOnly.AddRange(cases.Select(c => Judge(c, plain.Suggest(new CasusText(c.Text, Wants: c.Wants)))));
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{folds}-fold cross-validation of the learned part (examples of the fold left out)");
        Line(report, "overall", outcomes);
        foreach (var split in outcomes.GroupBy(o => o.Case.Split).OrderBy(g => g.Key, StringComparer.Ordinal)) Line(report, split.Key, [.. split]);
        report.AppendLine("vocabulary alone (no learned part)");
        Line(report, "overall", vocabularyOnly);
        foreach (var split in vocabularyOnly.GroupBy(o => o.Case.Split).OrderBy(g => g.Key, StringComparer.Ordinal)) Line(report, split.Key, [.. split]);
        return report.ToString();
    }

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
        var splits = outcomes.Select(o => o.Case.Split).Distinct().Order(StringComparer.Ordinal).ToList();
        report.AppendLine(CultureInfo.InvariantCulture, $"per route ({string.Join(" | ", splits)} | all)");
        foreach (var route in outcomes.GroupBy(o => o.Case.Route).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parts = splits.Select(split => Part(route.Where(o => o.Case.Split == split))).Append(Part(route));
            report.AppendLine(CultureInfo.InvariantCulture, $"  {route.Key,-20} {string.Join(" | ", parts)}");
        }
        report.AppendLine();
        report.AppendLine("misses (top-1 wrong)");
        foreach (var miss in outcomes.Where(o => !o.Top1))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {miss.Case.Id} [{miss.Case.Split}] want {miss.Case.Route}, got {miss.First} then {miss.Second}");
        }
        return report.ToString();
    }

    private static string Part(IEnumerable<Outcome> part) =>
        part.ToList() is { Count: > 0 } list ? $"{list.Count(o => o.Top1)}/{list.Count} {list.Count(o => o.Top2)}/{list.Count}" : "-";

    private static void Line(StringBuilder report, string label, IReadOnlyList<Outcome> outcomes) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{label,-8} n={outcomes.Count,3}  top-1 {outcomes.Average(o => o.Top1 ? 1.0 : 0.0):P1}  top-2 {outcomes.Average(o => o.Top2 ? 1.0 : 0.0):P1}");
}

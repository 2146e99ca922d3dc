using CasuistiekBot.Routing;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Routing;

// route-heldout-hard.jsonl: 63 texts, 7 per route, as staff really type them (informal, typos, one line or rambling,
// 13 in English, two concerns, negations such as "dit is geen klacht over mijn leidinggevende, maar …", words of another
// route in passing). Written by someone who saw only the domain text and the seeds, committed before it was run, never
// tuned on and not in routes.examples.json. Measured once: top-1 96.8% (61/63), top-2 100% (63/63). The floors are
// that run; the target for such text is 90% top-1 and 97% top-2.
public sealed class RouteHardEvaluationTests(ITestOutputHelper output)
{
    private static string File => Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Routing", "route-heldout-hard.jsonl");

    [Fact]
    public void Hard_text_never_tuned_on_is_routed_at_least_as_well_as_when_it_was_measured()
    {
        var cases = RouteEvaluation.Load(File);
        var suggester = new RouteSuggester(RoutingTable.Default());
        var outcomes = cases.Select(c => RouteEvaluation.Judge(c, suggester.Suggest(new CasusText(c.Text, Wants: c.Wants)))).ToList();
        var report = RouteEvaluation.Report(outcomes);
        output.WriteLine(report);

        Assert.True(cases.Count >= 60, $"the hard set needs at least 60 texts, has {cases.Count}");
        Assert.True(outcomes.Count(o => o.Top1) >= 61, report);
        Assert.True(outcomes.All(o => o.Top2), report);
    }
}

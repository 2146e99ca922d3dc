using System.Text.Json;
using CasuistiekBot.Privacy;
using CasuistiekBot.Testing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Privacy;

public sealed class ScrubEvaluationTests(ITestOutputHelper output)
{
    private static readonly string[] MustBeComplete =
        [PersonalDataKinds.Bsn, PersonalDataKinds.VNumber, PersonalDataKinds.Iban, PersonalDataKinds.Phone, PersonalDataKinds.Email];

    [Fact]
    public void The_evaluation_set_meets_the_recall_and_precision_bar()
    {
        var cases = LoadCases();
        var scrubber = new PersonalDataScrubber(Options.Create(new PrivacyOptions { FingerprintKey = "evaluation-key-0123456789" }));
        var evaluation = new ScrubEvaluation();
        var leaks = new List<string>();
        foreach (var evaluationCase in cases)
        {
            var replaced = PersonalDataScrubber.Detect(evaluationCase.Text).Select(s => (s.Start, s.End, s.Kind)).ToList();
            evaluation.Add(evaluationCase, replaced);
            var scrubbed = scrubber.Scrub(evaluationCase.Text, ScrubMemory.Create()).Text;
            leaks.AddRange(evaluationCase.Expect.Where(e => scrubbed.Contains(e.Value, StringComparison.Ordinal)).Select(e => $"{evaluationCase.Id}: {e.Value}"));
        }

        var report = evaluation.Report() + string.Concat(leaks.Select(l => $"  LEAKED {l}\n"));
        output.WriteLine(report);
        var file = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", "scrub.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, report);

        Assert.True(cases.Count >= 80, "the set needs at least 80 sentences");
        Assert.True(evaluation.NegativeCases >= 30, "the set needs at least 30 negatives");
        foreach (var kind in MustBeComplete) Assert.True(evaluation.Recall(kind) == 1.0, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        foreach (var kind in PersonalDataKinds.All.Except(MustBeComplete)) Assert.True(evaluation.Recall(kind) >= 0.95, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        Assert.True(evaluation.FalseReplacements.Count == 0, report);
        Assert.Empty(leaks);
    }

    private static List<ScrubEvaluationCase> LoadCases()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Privacy", "scrub-eval.jsonl");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<ScrubEvaluationCase>(line, options)!)
            .ToList();
    }
}

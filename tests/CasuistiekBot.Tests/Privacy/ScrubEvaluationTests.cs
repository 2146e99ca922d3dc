using CasuistiekBot.Privacy;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Privacy;

public sealed class ScrubEvaluationTests(ITestOutputHelper output)
{
    private static readonly string[] MustBeComplete =
        [PersonalDataKinds.Bsn, PersonalDataKinds.VNumber, PersonalDataKinds.Iban, PersonalDataKinds.Phone, PersonalDataKinds.Email];

    [Fact]
    public void The_evaluation_set_meets_the_recall_and_precision_bar()
    {
        var cases = ScrubEvaluationSet.Load("scrub-eval.jsonl");
        var (evaluation, leaks, report) = ScrubEvaluationSet.Measure(cases, "scrub.txt");
        output.WriteLine(report);

        Assert.True(cases.Count >= 80, "the set needs at least 80 sentences");
        Assert.True(evaluation.NegativeCases >= 30, "the set needs at least 30 negatives");
        foreach (var kind in MustBeComplete) Assert.True(evaluation.Recall(kind) == 1.0, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        foreach (var kind in PersonalDataKinds.All.Except(MustBeComplete)) Assert.True(evaluation.Recall(kind) >= 0.95, $"{kind} recall {evaluation.Recall(kind):P1}\n{report}");
        Assert.True(evaluation.FalseReplacements.Count == 0, report);
        Assert.Empty(leaks);
    }

    [Fact]
    public void The_second_held_out_set_is_measured()
    {
        var cases = ScrubEvaluationSet.Load("scrub-heldout-2.jsonl");
        var (_, _, report) = ScrubEvaluationSet.Measure(cases, "scrub-heldout-2.txt");
        output.WriteLine(report);
    }

    [Fact]
    public void The_tuning_set_is_measured()
    {
        var cases = ScrubEvaluationSet.Load("scrub-tuning.jsonl");
        var (_, _, report) = ScrubEvaluationSet.Measure(cases, "scrub-tuning.txt");
        output.WriteLine(report);
    }
}

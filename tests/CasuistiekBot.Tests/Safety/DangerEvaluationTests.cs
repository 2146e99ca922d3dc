using CasuistiekBot.Safety;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// The detector's figures on sentences written for it. The tuning set was used to write the rules. The first held-out
/// set was written before the detector; its first version found 51 of 55 dangers there (recall 92.7%) without a false
/// alarm. Its four misses were implicit warning signs, which then became cues, so since that change the first set no
/// longer counts as held out. The second held-out set was written before that change and has never been tuned on. The
/// floors below are what the detector reaches, so that a change that loses ground fails; they are not the targets.
/// </summary>
public sealed class DangerEvaluationTests(ITestOutputHelper output)
{
    private readonly AcuteDangerDetector _detector = new();

    [Fact]
    public void The_held_out_sets_are_large_enough_and_never_overlap_the_tuning_set()
    {
        var tuning = DangerEvaluation.Load("danger-tuning.jsonl");
        var heldOut = DangerEvaluation.Load("danger-heldout.jsonl").Concat(DangerEvaluation.Load("danger-heldout-2.jsonl")).ToList();

        Assert.True(tuning.Count + heldOut.Count >= 80);
        Assert.True(heldOut.Count >= 60);
        Assert.Empty(heldOut.Select(c => c.Text).Intersect(tuning.Select(c => c.Text)));
        Assert.Equal(heldOut.Count, heldOut.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void On_the_first_held_out_set_recall_and_precision_stay_at_what_was_measured()
    {
        var evaluation = Evaluate("danger-heldout.jsonl", "held-out 1");

        Assert.True(evaluation.Recall >= 0.98, evaluation.Report("held-out 1"));
        Assert.True(evaluation.Precision >= 1.0, evaluation.Report("held-out 1"));
    }

    [Fact]
    public void On_the_second_held_out_set_recall_and_precision_stay_at_what_was_measured()
    {
        var evaluation = Evaluate("danger-heldout-2.jsonl", "held-out 2");

        Assert.True(evaluation.Recall >= 0.31, evaluation.Report("held-out 2"));
        Assert.True(evaluation.Precision >= 0.78, evaluation.Report("held-out 2"));
    }

    [Fact]
    public void On_the_third_held_out_set_recall_and_precision_stay_at_what_was_measured()
    {
        var evaluation = Evaluate("danger-heldout-3.jsonl", "held-out 3");

        Assert.True(evaluation.Recall >= 0.0, evaluation.Report("held-out 3"));
        Assert.True(evaluation.Precision >= 0.0, evaluation.Report("held-out 3"));
    }

    [Fact]
    public void The_tuning_set_is_read_without_errors()
    {
        var evaluation = Evaluate("danger-tuning.jsonl", "tuning");

        Assert.Equal(0, evaluation.FalseNegatives + evaluation.FalsePositives);
    }

    private DangerEvaluation Evaluate(string file, string name)
    {
        var evaluation = DangerEvaluation.Run(DangerEvaluation.Load(file), _detector);
        var report = evaluation.Report(name);
        output.WriteLine(report);
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", $"danger-{name.Replace(' ', '-')}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report);
        return evaluation;
    }
}

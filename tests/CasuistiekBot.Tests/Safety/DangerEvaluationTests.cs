using CasuistiekBot.Safety;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// The detector's figures on sentences written for it. The tuning set was used to write the rules. The first held-out
/// set was written before the detector; its first version found 51 of 55 dangers there (recall 92.7%) without a false
/// alarm, and its misses then became cues. The second held-out set was written before that change; the phrase lexicon
/// found only 11 of its 35 dangers (recall 31.4%, precision 78.6%), and the rules were then rewritten as concepts with
/// it in view. So the tuning set and the first two held-out sets are all tuning material now. The third held-out set
/// was written and committed before that rewrite and is never tuned on: the phrase lexicon found 6 of its 46 dangers
/// (recall 13.0%, precision 50.0%). The floors below are what the detector reaches, so that a change that loses ground
/// fails; they are not the targets (recall 95%, precision 90%).
/// </summary>
public sealed class DangerEvaluationTests(ITestOutputHelper output)
{
    private readonly AcuteDangerDetector _detector = new();

    [Fact]
    public void The_held_out_sets_are_large_enough_and_never_overlap_the_tuning_set()
    {
        var tuning = DangerEvaluation.Load("danger-tuning.jsonl");
        var seen = tuning.Concat(DangerEvaluation.Load("danger-heldout.jsonl")).Concat(DangerEvaluation.Load("danger-heldout-2.jsonl")).ToList();
        var heldOut = DangerEvaluation.Load("danger-heldout-3.jsonl");

        Assert.True(heldOut.Count >= 80);
        Assert.Empty(heldOut.Select(c => c.Text).Intersect(seen.Select(c => c.Text)));
        var all = seen.Concat(heldOut).ToList();
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void The_first_held_out_set_now_tuned_on_is_read_without_errors()
    {
        var evaluation = Evaluate("danger-heldout.jsonl", "held-out 1");

        Assert.Equal(0, evaluation.FalseNegatives + evaluation.FalsePositives);
    }

    [Fact]
    public void The_second_held_out_set_now_tuned_on_is_read_without_errors()
    {
        var evaluation = Evaluate("danger-heldout-2.jsonl", "held-out 2");

        Assert.Equal(0, evaluation.FalseNegatives + evaluation.FalsePositives);
    }

    [Fact]
    public void On_the_third_held_out_set_recall_and_precision_stay_at_what_was_measured()
    {
        var evaluation = Evaluate("danger-heldout-3.jsonl", "held-out 3");

        Assert.True(evaluation.Recall >= 0.86, evaluation.Report("held-out 3"));
        Assert.True(evaluation.Precision >= 0.95, evaluation.Report("held-out 3"));
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

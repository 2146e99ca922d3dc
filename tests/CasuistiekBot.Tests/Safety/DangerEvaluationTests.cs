using CasuistiekBot.Safety;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// The detector's figures on sentences written for it. The tuning set was used to write the rules. The first held-out
/// set was written before the detector; its first version found 51 of 55 dangers there (recall 92.7%) without a false
/// alarm, and its misses then became cues. The second held-out set was written before that change; the phrase lexicon
/// found only 11 of its 35 dangers (recall 31.4%, precision 78.6%), and the rules were then rewritten as concepts with
/// it in view. The third held-out set was written and committed before that rewrite; the concept rules, never tuned on
/// it, found 40 of its 46 dangers with 2 false alarms (recall 87.0%, precision 95.2%). After that measurement it became
/// tuning material too: its misses and false alarms were fixed with general rules (signs without the words, threats
/// by idiom, figurative agents, a danger that went away), and the tuning set grew with sentences for each of them.
/// So every set below is tuning material and must be read without errors; only a set written apart from the rules and
/// not yet measured says how the detector does on new text (targets: recall 95%, precision 90%). The fourth held-out set
/// was written by someone who saw neither the rules nor the other sets, and committed before the rules changed; measured
/// once: recall 48.4% (30/62), precision 81.1% (30/37). The rules had been fitted to one writer's phrasing. After that
/// measurement it became tuning material too. The rules were then widened by concept rather than by sentence (self-harm
/// told without "zichzelf", a time horizon, the means got ready, threats by idiom, a weapon kept at hand, a child's
/// disclosure, a child taken or made to work; and frames: an exercise heading, a policy or report that a danger is
/// reported in, an account of the past, a child alone by arrangement, harm aimed at a thing), and the tuning set grew
/// by 138 sentences (dt5), written before those rules, for each concept and its close negatives.
/// Then, since rules fitted to the sets kept missing a new writer's words, a learned model (<see cref="DangerModelTests"/>)
/// was added for the sentences in which the rules find nothing, trained on the sets tuned on, the second tuning set and
/// ordinary casus stories, never on the fifth held-out set. Its threshold was chosen with each tuned set left out of
/// training in turn (model alone: recall 65.2%, precision 92.2%; alarms on 6 of 437 casus stories it had not read)
/// before the fifth set was run with it. The fifth set's totals (never its sentences or errors) had been looked at for
/// earlier variants of the model, so its figure with the model is a little optimistic. The second tuning set (dt6, 105 sentences) was written for this round before any
/// rule or model for it; the rules alone read it at recall 32.8%, precision 76.9%.
/// </summary>
public sealed class DangerEvaluationTests(ITestOutputHelper output)
{
    internal static readonly string[] TunedOn =
        ["danger-tuning.jsonl", "danger-heldout.jsonl", "danger-heldout-2.jsonl", "danger-heldout-3.jsonl", "danger-heldout-4.jsonl"];

    // Written for the concepts of this round and trained on, but not yet read without errors: its floors are where it stands.
    internal static readonly string[] Written = ["danger-tuning-2.jsonl"];

    internal static IEnumerable<string> TrainedOn => TunedOn.Concat(Written);

    // A set that is written apart from the rules goes here until it has been measured once; then it moves to TunedOn.
    private static readonly string[] HeldOut = ["danger-heldout-5.jsonl", "danger-heldout-6.jsonl"];

    private readonly AcuteDangerDetector _detector = new();

    [Fact]
    public void The_evaluation_sets_never_share_a_sentence_and_held_out_sets_are_large_enough()
    {
        var sets = TrainedOn.Concat(HeldOut).Select(file => (File: file, Cases: DangerEvaluation.Load(file))).ToList();

        foreach (var (file, cases) in sets)
        {
            var others = sets.Where(s => s.File != file).SelectMany(s => s.Cases).Select(c => c.Text).ToHashSet();
            Assert.DoesNotContain(cases, c => others.Contains(c.Text));
            if (HeldOut.Contains(file)) Assert.True(cases.Count >= 80, $"{file} has {cases.Count} sentences");
        }
        var all = sets.SelectMany(s => s.Cases).ToList();
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
    }

    public static IEnumerable<object[]> TunedOnSets => TunedOn.Select(file => new object[] { file });

    [Theory]
    [MemberData(nameof(TunedOnSets))]
    public void A_set_tuned_on_is_read_without_errors(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var evaluation = Evaluate(file, name);

        Assert.True(evaluation.FalseNegatives + evaluation.FalsePositives == 0, evaluation.Report(name));
    }

    [Fact]
    public void The_second_tuning_set_keeps_its_floors_with_and_without_the_learned_model()
    {
        var rules = Evaluate("danger-tuning-2.jsonl", "danger-tuning-2");
        var learned = Evaluate("danger-tuning-2.jsonl", "danger-tuning-2-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(rules.Recall >= 0.360 && rules.Precision >= 0.879, rules.Report("danger-tuning-2"));
        Assert.True(learned.Recall >= 0.96 && learned.Precision >= 0.95, learned.Report("danger-tuning-2-learned"));
    }

    [Fact]
    public void With_the_learned_model_the_fifth_held_out_set_reads_as_measured_once()
    {
        // The model never trained on this set; its threshold was chosen on the tuned sets left out in turn before this
        // set was run with it: recall 85.1% (57/67), precision 87.7% (57/65). Its precision is one false alarm below the
        // rules alone; for half the misses found, the model is on unless Safety:LearnedModel turns it off.
        var evaluation = Evaluate("danger-heldout-5.jsonl", "danger-heldout-5-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(evaluation.Recall >= 0.850 && evaluation.Precision >= 0.876, evaluation.Report("danger-heldout-5-learned"));
    }

    [Fact]
    public void The_fifth_held_out_set_keeps_what_it_measured_once()
    {
        // Written by someone who saw neither the rules nor the other sets, committed before the rules of the fourth set's
        // round; measured once on those rules: recall 56.7% (38/67), precision 88.4% (38/43), kind agreeing for 33 of 38.
        // Below the targets (recall 95%, precision 90%); the floors are that run, so that a change that loses ground fails.
        var evaluation = Evaluate("danger-heldout-5.jsonl", "danger-heldout-5");

        Assert.True(evaluation.Recall >= 0.567, evaluation.Report("danger-heldout-5"));
        Assert.True(evaluation.Precision >= 0.883, evaluation.Report("danger-heldout-5"));
    }

    [Fact]
    public void The_sixth_held_out_set_keeps_what_it_measured_once_with_and_without_the_learned_model()
    {
        // Written by someone who saw neither the rules, the model nor any other set (130 sentences, 72 with danger, a
        // quarter in English, danger words placed in many sentences without danger), committed before this round's
        // rules and model were merged; measured once after the model had been made the default, with the `danger`
        // command: the rules alone recall 43.1% (31/72), precision 66.0% (31/47); with the model recall 75.0% (54/72),
        // precision 77.1% (54/70). The model found 23 more dangers and no false alarm more. Far below the targets.
        var rules = Evaluate("danger-heldout-6.jsonl", "danger-heldout-6");
        var learned = Evaluate("danger-heldout-6.jsonl", "danger-heldout-6-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(rules.Recall >= 0.430 && rules.Precision >= 0.659, rules.Report("danger-heldout-6"));
        Assert.True(learned.Recall >= 0.750 && learned.Precision >= 0.771, learned.Report("danger-heldout-6-learned"));
    }

    private DangerEvaluation Evaluate(string file, string name, AcuteDangerDetector? detector = null)
    {
        var evaluation = DangerEvaluation.Run(DangerEvaluation.Load(file), detector ?? _detector);
        var report = evaluation.Report(name);
        output.WriteLine(report);
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", $"{name}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report);
        return evaluation;
    }
}

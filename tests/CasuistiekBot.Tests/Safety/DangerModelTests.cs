using CasuistiekBot.Safety;
using CasuistiekBot.Safety.Detection;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// The learned half of the detector. The shipped model must be exactly what the sets tuned on and the casus stories
/// train (set <c>DANGER_MODEL_WRITE=1</c> to rewrite it after a set changes). Leaving each tuned set out of training in
/// turn says how the model alone does on a writer it has not read; training on half the casus stories says how often it
/// alarms on the other half.
/// </summary>
public sealed class DangerModelTests(ITestOutputHelper output)
{
    private static readonly string ModelPath = Path.Combine(RepositoryPaths.Root, "src", "CasuistiekBot", "Safety", "danger-model.tsv");

    [Fact]
    public void The_shipped_model_is_the_one_the_tuned_sets_and_casus_stories_train()
    {
        var trained = DangerModelTrainer.Train(DangerEvaluationTests.TrainedOn.SelectMany(DangerEvaluation.Load), CasusStories.WithoutDanger());
        if (Environment.GetEnvironmentVariable("DANGER_MODEL_WRITE") == "1") File.WriteAllText(ModelPath, trained);

        Assert.True(File.ReadAllText(ModelPath) == trained, "danger-model.tsv is stale: run this test with DANGER_MODEL_WRITE=1 and commit the file.");
    }

    [Fact]
    public void Each_set_trained_on_left_out_of_training_is_read_by_the_model_alone_at_its_measured_floor()
    {
        var pooled = new DangerEvaluation();
        foreach (var left in DangerEvaluationTests.TrainedOn) pooled.Add(DangerEvaluation.Run(DangerEvaluation.Load(left), new AcuteDangerDetector(LeftOut(left), [])));
        var report = pooled.Report("danger-model-left-out");
        Write("danger-model-left-out", report);

        // Over these eight sets the earlier model (words and word pairs, threshold 2) read recall 80.4% (463/576),
        // precision 92.4% (463/501); with stems, pairs across a word, negated words and threshold 4: recall 82.3%
        // (474/576), precision 93.7% (474/506). Over the twelve sets of the ninth set's round (the seventh, eighth and
        // ninth held-out sets and the third tuning set added): recall 88.3% (817/925), precision 94.1% (817/868).
        Assert.True(pooled.Recall >= 0.883 && pooled.Precision >= 0.941, report);
    }

    [Fact]
    public void The_sets_the_rules_do_not_read_without_errors_left_out_of_training_are_read_by_rules_and_model_at_their_floor()
    {
        // The rules were written with every set in view, so only the sets they still err on say something here.
        var pooled = new DangerEvaluation();
        foreach (var left in DangerEvaluationTests.Written) pooled.Add(DangerEvaluation.Run(DangerEvaluation.Load(left), new AcuteDangerDetector(LeftOut(left), DangerLexicon.Cues)));
        var report = pooled.Report("danger-left-out-with-rules");
        Write("danger-left-out-with-rules", report);

        // Before this round's rules and model: recall 87.5% (175/200), precision 83.7% (175/209). After: recall 95.0%
        // (190/200), precision 89.2% (190/213); a little optimistic, since this round's rules were written with these sets' errors in view.
        // Since the ninth set's round the pool also holds the ninth held-out set and the third tuning set, which are harder
        // (implied dangers, long stories, hard negatives): recall 93.8% (379/404), precision 89.6% (379/423).
        Assert.True(pooled.Recall >= 0.938 && pooled.Precision >= 0.895, report);
    }

    private static DangerModel LeftOut(string left) =>
        DangerModelTrainer.Model(DangerEvaluationTests.TrainedOn.Where(f => f != left).SelectMany(DangerEvaluation.Load), Half(CasusStories.WithoutDanger(), 0));

    [Fact]
    public void Casus_stories_the_model_never_read_rarely_raise_an_alarm()
    {
        var stories = CasusStories.WithoutDanger();
        var cases = DangerEvaluationTests.TrainedOn.SelectMany(DangerEvaluation.Load).ToList();
        var alarms = new List<string>();
        foreach (var half in new[] { 0, 1 })
        {
            var detector = new AcuteDangerDetector(DangerModelTrainer.Model(cases, Half(stories, half)), []);
            alarms.AddRange(Half(stories, 1 - half).Where(story => detector.Detect(story).Found));
        }
        var report = $"casus stories with an alarm from the model alone: {alarms.Count}/{stories.Count}\n" + string.Concat(alarms.Select(a => $"  {a}\n"));
        Write("danger-model-casus-alarms", report);

        // Trained on the six sets of its round the earlier model alarmed on 6 of 437; trained on the eight sets of now, on
        // 13. This one, on the eight sets: 8 (several of them a family without shelter in the cold, which is close to danger).
        // Trained on the twelve sets of the ninth set's round: 24 of 435. The third tuning set tells many dangers inside
        // long casus stories, and the model learns some of that story style as danger; this is the figure to bring back down.
        Assert.True(alarms.Count <= 24, report);
    }

    private static List<string> Half(IReadOnlyList<string> stories, int half) => [.. stories.Where((_, i) => i % 2 == half)];

    private void Write(string name, string report)
    {
        output.WriteLine(report);
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", $"{name}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report);
    }
}

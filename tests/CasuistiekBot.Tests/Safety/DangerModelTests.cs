using CasuistiekBot.Safety;
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
    public void Each_tuned_set_left_out_of_training_is_read_by_the_model_alone_at_its_measured_floor()
    {
        var stories = CasusStories.WithoutDanger();
        var pooled = new DangerEvaluation();
        foreach (var left in DangerEvaluationTests.TrainedOn)
        {
            var model = DangerModelTrainer.Model(DangerEvaluationTests.TrainedOn.Where(f => f != left).SelectMany(DangerEvaluation.Load), Half(stories, 0));
            pooled.Add(DangerEvaluation.Run(DangerEvaluation.Load(left), new AcuteDangerDetector(model, [])));
        }
        var report = pooled.Report("danger-model-left-out");
        Write("danger-model-left-out", report);

        // Measured: recall 65.2% (285/437), precision 92.2% (285/309).
        Assert.True(pooled.Recall >= 0.652 && pooled.Precision >= 0.922, report);
    }

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

        // Measured: 6 of 437.
        Assert.True(alarms.Count <= 6, report);
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

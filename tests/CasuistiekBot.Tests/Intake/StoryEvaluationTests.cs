using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Support;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Intake;

/// <summary>
/// Story first: each story of the evaluation set is told to the real bot as a first message; the questions it still
/// asks and the summary it ends with are scored against what the story states (story-eval.md).
/// </summary>
public sealed class StoryEvaluationTests(ITestOutputHelper output)
{
    // Floors at what the held-out part measured once the reader was changed on the tuning part only (so a regression fails).
    // Before (the reader as it was, no organisation read): held-out mean 4.75 questions, 4.10 for the 10 stories that state
    // wish, deadline and workplace (1 of them within two questions); tuning 4.36, 3.33 (4 of 12). Nothing read wrongly.
    // After: held-out mean 3.45, 1.90 for those 10 (8 within two); tuning 3.16, 1.42 (12 of 12). Still nothing read wrongly;
    // held-out misses (asked though stated): chafes 7, organisation 2, deadline 1, tried 1.
    private const double HeldOutMeanQuestionsAtMost = 3.45;
    private const double HeldOutTargetMeanQuestionsAtMost = 1.90;
    private const int HeldOutTargetWithinTwoAtLeast = 8;

    private static readonly Dictionary<string, int> HeldOutCorrectAtLeast = new()
    {
        ["wish"] = 20, ["deadline"] = 19, ["orgUnit"] = 18, ["chafes"] = 13, ["tried"] = 19,
    };

    [Fact]
    public async Task The_held_out_stories_are_read_without_more_questions_or_wrong_fields_than_measured()
    {
        var cases = StoryEvalCase.Load();
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        // Unauthenticated: the test issuer signs with the real time, the app checks tokens against its fake clock.
        await using var app = await BotApp.StartAsync(authenticated: false, clock: clock);
        var walk = new StoryWalk(app, clock);
        var scores = new Dictionary<string, StoryScore> { ["heldout"] = new("held-out"), ["tuning"] = new("tuning") };
        foreach (var item in cases.OrderBy(c => c.Today))
        {
            scores[item.Split].Add(item, await walk.RunAsync(item));
        }

        var report = scores["heldout"].Report() + scores["tuning"].Report();
        output.WriteLine(report);
        var file = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", "story.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report);

        var heldOut = scores["heldout"];
        Assert.True(cases.Count >= 40 && heldOut.Stories >= 20, "the set needs at least 40 stories, 20 of them held out");
        Assert.True(heldOut.MeanQuestions <= HeldOutMeanQuestionsAtMost + 0.005, report);
        Assert.True(heldOut.MeanTargetQuestions <= HeldOutTargetMeanQuestionsAtMost + 0.005, report);
        Assert.True(heldOut.TargetWithinTwo >= HeldOutTargetWithinTwoAtLeast, report);
        foreach (var field in StoryScore.FieldNames)
        {
            // A value the story does not state, or a different one, is never taken silently: the author would have to catch it.
            Assert.True(heldOut.Wrong(field) == 0 && scores["tuning"].Wrong(field) == 0, report);
            Assert.True(heldOut.Correct(field) >= HeldOutCorrectAtLeast[field], report);
        }
    }
}

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
    // held-out misses (asked though stated): chafes 7, organisation 2, deadline 1, tried 1. Later work on dates and
    // language moved one more: mean 3.40, 1.80 for the 10, 9 within two, organisation 19/0/1 (the floors below).
    private const double HeldOutMeanQuestionsAtMost = 3.40;
    private const double HeldOutTargetMeanQuestionsAtMost = 1.80;
    private const int HeldOutTargetWithinTwoAtLeast = 9;

    // The second held-out set was written by someone who saw neither the reader nor the first set, and measured once on
    // the reader above (story-heldout-2.jsonl, 32 stories, 8 in English): mean 4.34 questions; 23 stories state wish,
    // deadline and workplace, mean 3.96, 4 within two. Wish 10/0/22, deadline 22/0/10, organisation 12/6/14, chafes
    // 15/0/17, tried 27/0/5 (correct/wrong/missed); the six organisations counted wrong are a unit cut short or a
    // place read as the unit. The first set's phrasing had been learnt, not the ways people say these things.
    private const double HeldOut2MeanQuestionsAtMost = 4.34;
    private const int HeldOut2TargetWithinTwoAtLeast = 4;
    private const int HeldOut2OrgUnitWrongAtMost = 6;

    private static readonly Dictionary<string, int> HeldOutCorrectAtLeast = new()
    {
        ["wish"] = 20, ["deadline"] = 19, ["orgUnit"] = 19, ["chafes"] = 13, ["tried"] = 19,
    };

    [Fact]
    public async Task The_held_out_stories_are_read_without_more_questions_or_wrong_fields_than_measured()
    {
        var cases = StoryEvalCase.Load();
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        // Unauthenticated: the test issuer signs with the real time, the app checks tokens against its fake clock.
        await using var app = await BotApp.StartAsync(authenticated: false, clock: clock);
        var walk = new StoryWalk(app, clock);
        var scores = new Dictionary<string, StoryScore> { ["heldout"] = new("held-out"), ["tuning"] = new("tuning"), ["heldout2"] = new("held-out 2 (written apart)") };
        foreach (var item in cases.OrderBy(c => c.Today))
        {
            scores[item.Split].Add(item, await walk.RunAsync(item));
        }

        var report = scores["heldout"].Report() + scores["heldout2"].Report() + scores["tuning"].Report();
        output.WriteLine(report);
        var file = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", "story.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report);

        var heldOut = scores["heldout"];
        Assert.True(cases.Count >= 40 && heldOut.Stories >= 20, "the set needs at least 40 stories, 20 of them held out");
        Assert.True(heldOut.MeanQuestions <= HeldOutMeanQuestionsAtMost + 0.005, report);
        Assert.True(heldOut.MeanTargetQuestions <= HeldOutTargetMeanQuestionsAtMost + 0.005, report);
        Assert.True(heldOut.TargetWithinTwo >= HeldOutTargetWithinTwoAtLeast, report);
        var heldOut2 = scores["heldout2"];
        Assert.True(heldOut2.Stories >= 30, "the second held-out set needs at least 30 stories");
        Assert.True(heldOut2.MeanQuestions <= HeldOut2MeanQuestionsAtMost + 0.005, report);
        Assert.True(heldOut2.TargetWithinTwo >= HeldOut2TargetWithinTwoAtLeast, report);
        Assert.True(heldOut2.Wrong("orgUnit") <= HeldOut2OrgUnitWrongAtMost, report);
        foreach (var field in StoryScore.FieldNames.Where(f => f != "orgUnit")) Assert.True(heldOut2.Wrong(field) == 0, report);
        foreach (var field in StoryScore.FieldNames)
        {
            // A value the story does not state, or a different one, is never taken silently: the author would have to catch it.
            Assert.True(heldOut.Wrong(field) == 0 && scores["tuning"].Wrong(field) == 0, report);
            Assert.True(heldOut.Correct(field) >= HeldOutCorrectAtLeast[field], report);
        }
    }
}

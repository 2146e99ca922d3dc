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
    }
}

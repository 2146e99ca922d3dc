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
    // Floors at what the first held-out part measured once the reader was changed on the tuning part only (so a regression
    // fails). Before (the reader as it was, no organisation read): held-out mean 4.75 questions, 4.10 for the 10 stories that
    // state wish, deadline and workplace (1 of them within two questions); tuning 4.36, 3.33 (4 of 12). Nothing read wrongly.
    // After: held-out mean 3.45, 1.90 for those 10 (8 within two); tuning 3.16, 1.42 (12 of 12). Later work on dates and
    // language moved one more: mean 3.40, 1.80 for the 10, 9 within two, organisation 19/0/1.
    // Then the second held-out set showed the first set's phrasing had been learnt, and the reader was rewritten by concept
    // (StoryWish, StoryChafes, StoryDeadline by clause, StoryWorkplace/StoryUnit), with both sets as tuning material from
    // then on: this part now measures mean 3.05, 1.50 for the 10 (9 within two); wish 20/0/0, deadline 19/0/1, organisation
    // 20/0/0, chafes 18/0/2, tried 20/0/0 (correct/wrong/missed). It is no longer held out: its stories were read while
    // generalising (the floors below are that run).
    private const double HeldOutMeanQuestionsAtMost = 3.05;
    private const double HeldOutTargetMeanQuestionsAtMost = 1.50;
    private const int HeldOutTargetWithinTwoAtLeast = 9;

    // The second held-out set was written by someone who saw neither the reader nor the first set, and measured once on
    // the reader above (story-heldout-2.jsonl, 32 stories, 8 in English): mean 4.34 questions; 23 stories state wish,
    // deadline and workplace, mean 3.96, 4 within two. Wish 10/0/22, deadline 22/0/10, organisation 12/6/14, chafes
    // 15/0/17, tried 27/0/5 (correct/wrong/missed); the six organisations counted wrong were a unit cut short or a
    // place read as the unit. After that one measurement it became tuning material, and on the reader rewritten by
    // concept it gives mean 2.38, 1.57 for the 23 (21 within two); wish 32/0/0, deadline 32/0/0, organisation 24/3/5,
    // chafes 32/0/0, tried 32/0/0. These are tuning figures, not held-out ones. The three organisations counted wrong
    // are read as stated but written otherwise in the expectation ("DNA department" for "DNA-afdeling", "Rotterdam
    // location" for "locatie Rotterdam", "Klantcontact" for "afdeling Klantcontact"). The third set, written apart,
    // is the held-out measure of this reader.
    private const double HeldOut2MeanQuestionsAtMost = 2.38;
    private const int HeldOut2TargetWithinTwoAtLeast = 21;
    // Then the workplace reader kept the seat beside the unit ("CJIB, Leeuwarden, team Incasso"), as four of the five
    // writers who state both expect it (h3-18, h5-02, o6-02, o6-12); h2-20 expects the seat left out. And "I work in the
    // labour migration unit of the IND's Regular Residence directorate" is now read as stated, where the expectation
    // is its Dutch name. Reader-level (the story command) this set goes from 3 to 5 counted wrong, both read as stated.
    private const int HeldOut2OrgUnitWrongAtMost = 5;

    // The third held-out set (story-heldout-3.jsonl, 32 stories, 8 in English, other personas and phrasing), written by
    // someone who saw neither the reader nor the other sets, committed before the reader was rewritten by concept and
    // measured once after: mean 3.28 questions; 22 target stories, mean 2.50, 12 within two. Wish 31/0/1, deadline
    // 30/1/1 (an exam date read as the deadline), organisation 16/5/11 (units cut short or worded differently),
    // chafes 18/0/14, tried 30/0/2. Below the target (every target story within two); the floors are that run.
    private const double HeldOut3MeanQuestionsAtMost = 3.28;
    private const int HeldOut3TargetWithinTwoAtLeast = 12;

    private static readonly Dictionary<string, (int Correct, int Wrong)> HeldOut3Measured = new()
    {
        ["wish"] = (31, 0), ["deadline"] = (30, 1), ["orgUnit"] = (16, 5), ["chafes"] = (18, 0), ["tried"] = (30, 0),
    };

    // The fourth held-out set (story-heldout-4.jsonl, 36 stories, 9 in English) was written by someone who saw only the
    // domain text and the seeds, and committed before it was run. Its first run stopped at h4-30 ("ik wil graag een casus
    // inbrengen, hoe werkt dat?"), which the bot answered with "Dat begreep ik niet": such a message now starts the intake
    // (RaiseIntent). Measured once after that: mean 4.00 questions; the 22 stories that state wish, deadline and workplace
    // had 3.64 on average and only 2 of them at most two. Fields: wish 28 correct, 0 wrong; deadline 28/2; orgUnit 14/5;
    // chafes 9/1; tried 22/1.
    // Then tuned on: the reader learnt by concept how people say what chafes (a rule granted and then set against the
    // person, "X is X", a rule that forces, either choice harms, a team that disagrees, falling between two stools), what
    // was tried (a question put to or a file handed to someone at work, an answer from them, any denial), a workplace
    // in a heading or signature line, a unit in brackets, and deadlines "binnen drie weken". Held-out 4 now measures mean
    // 2.72 questions; the 22 target stories 2.09, 16 within two. Fields: wish 28/0, deadline 35/1, orgUnit 28/1,
    // chafes 30/0, tried 36/0. These are tuning figures now, not held-out ones. "binnen vier weken" then proved too
    // broad: "moet binnen vier weken het land verlaten" is a limit on the citizen, not the author's date, so a "binnen"
    // clause counts only when it asks for something or speaks of the author. That gives mean 2.78, the 22 target stories
    // 2.18 and 15 within two, deadline 33/1; the floors are that run.
    private const double HeldOut4MeanQuestionsAtMost = 2.31;
    private const int HeldOut4TargetWithinTwoAtLeast = 18;

    private static readonly Dictionary<string, (int Correct, int Wrong)> HeldOut4Measured = new()
    {
        ["wish"] = (28, 0), ["deadline"] = (33, 1), ["orgUnit"] = (28, 1), ["chafes"] = (34, 0), ["tried"] = (36, 0),
    };

    // The fifth held-out set (story-heldout-5.jsonl, 40 stories, 11 in English) was written by someone who saw only the
    // domain text and the seeds, and committed before it was run. Measured once: mean 3.73 questions; the 32 stories that
    // state wish, deadline and workplace had 3.53 on average and 7 of them at most two. Fields: wish 24 correct, 0 wrong;
    // deadline 21/2; orgUnit 26/3; chafes 8/0; tried 35/0. Far from the target (every such story within two); the floors
    // are that run.
    private const double HeldOut5MeanQuestionsAtMost = 2.63;
    private const int HeldOut5TargetWithinTwoAtLeast = 19;

    private static readonly Dictionary<string, (int Correct, int Wrong)> HeldOut5Measured = new()
    {
        ["wish"] = (24, 0), ["deadline"] = (21, 2), ["orgUnit"] = (26, 3), ["chafes"] = (34, 0), ["tried"] = (35, 0),
    };

    // Then what chafes was read as a collision (StoryCollision) and what chafes and what was tried became one question,
    // with what was tried never asked on its own (story-eval.md). All five sets above were tuning material for that;
    // story-heldout-own6.jsonl (15 stories, never tuned on) is reported beside them. Reader-level figures (the story
    // command): fifth set mean 3.73 -> 2.62 questions, target stories within two 7 -> 19 of 32, chafes 5 -> 31 of 37
    // read and 3 of 3 not read where not stated; own6 2.87 -> 1.80, 6 -> 13 of 13, chafes 9 of 10 and 4 of 5. The floors
    // below were then raised to the walk over the bot: fifth set mean 2.63, 19 of 32 within two, chafes 34/0; fourth set
    // mean 2.31, 18 of 22 within two, chafes 34/0.
    //
    // The sixth held-out set (story-heldout-6.jsonl, 40 stories, 11 in English) was written by someone who saw only the
    // domain text and the seeds, committed before anything was measured on it, and walked once after that change: mean
    // 2.10 questions; the 32 stories that state wish, deadline and workplace had 1.94 on average and 25 of them at most
    // two (the fifth set, blind, had 7 of 32). Fields: wish 33/0, deadline 33/0, orgUnit 28/6, chafes 31/1, tried 36/0.
    // The target (every such story within two) is not met: the seven above two were asked again for a unit ("IND-loket in
    // Amsterdam", "Halt, vestiging Arnhem"), a date or a wish they had stated. Not tuned on; the floors are that run.
    private const double HeldOut6MeanQuestionsAtMost = 2.10;
    private const int HeldOut6TargetWithinTwoAtLeast = 25;

    private static readonly Dictionary<string, (int Correct, int Wrong)> HeldOut6Measured = new()
    {
        ["wish"] = (33, 0), ["deadline"] = (33, 0), ["orgUnit"] = (28, 6), ["chafes"] = (31, 1), ["tried"] = (36, 0),
    };

    // The seventh held-out set (story-heldout-7.jsonl, 40 stories, 11 in English), written blind like the sixth and
    // committed before anything was measured on it, walked once after the workplace, wish and deadline work that the
    // sixth set's misses led to: mean 2.50 questions; of the 32 stories that state wish, deadline and workplace, 17 at
    // most two (mean 2.31). Fields: wish 35/0, deadline 32/1, orgUnit 24/8, chafes 13/1 (26 stories that say what chafes
    // were still asked), tried 37/0. Five of the eight "wrong" units are the organisation written out beside the unit
    // ("DJI, PI Vught" for "de PI Vught"). The target (every such story within two) is not met. Not tuned on.
    private const double HeldOut7MeanQuestionsAtMost = 2.50;
    private const int HeldOut7TargetWithinTwoAtLeast = 17;

    private static readonly Dictionary<string, (int Correct, int Wrong)> HeldOut7Measured = new()
    {
        ["wish"] = (35, 0), ["deadline"] = (32, 1), ["orgUnit"] = (24, 8), ["chafes"] = (13, 1), ["tried"] = (37, 0),
    };

    /// <summary>The floors of a set written apart: its mean questions, its target stories within two, and per field the correct and wrong counts.</summary>
    private sealed record SetFloors(string Split, double MeanQuestionsAtMost, int TargetWithinTwoAtLeast, Dictionary<string, (int Correct, int Wrong)> Fields);

    private static readonly SetFloors[] WrittenApart =
    [
        new("heldout3", HeldOut3MeanQuestionsAtMost, HeldOut3TargetWithinTwoAtLeast, HeldOut3Measured),
        new("heldout4", HeldOut4MeanQuestionsAtMost, HeldOut4TargetWithinTwoAtLeast, HeldOut4Measured),
        new("heldout5", HeldOut5MeanQuestionsAtMost, HeldOut5TargetWithinTwoAtLeast, HeldOut5Measured),
        new("heldout6", HeldOut6MeanQuestionsAtMost, HeldOut6TargetWithinTwoAtLeast, HeldOut6Measured),
        new("heldout7", HeldOut7MeanQuestionsAtMost, HeldOut7TargetWithinTwoAtLeast, HeldOut7Measured),
    ];

    private const double TuningMeanQuestionsAtMost = 3.04;
    private const int TuningTargetWithinTwoAtLeast = 12;

    private static readonly Dictionary<string, int> HeldOutCorrectAtLeast = new()
    {
        ["wish"] = 20, ["deadline"] = 19, ["orgUnit"] = 20, ["chafes"] = 18, ["tried"] = 20,
    };

    private static readonly Dictionary<string, int> HeldOut2CorrectAtLeast = new()
    {
        // orgUnit one lower since the seat is kept beside the unit (h2-20; see HeldOut2OrgUnitWrongAtMost).
        ["wish"] = 32, ["deadline"] = 32, ["orgUnit"] = 23, ["chafes"] = 32, ["tried"] = 32,
    };

    [Fact]
    public async Task The_held_out_stories_are_read_without_more_questions_or_wrong_fields_than_measured()
    {
        var cases = StoryEvalCase.Load();
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        // Unauthenticated: the test issuer signs with the real time, the app checks tokens against its fake clock.
        await using var app = await BotApp.StartAsync(authenticated: false, clock: clock);
        var walk = new StoryWalk(app, clock);
        var scores = new Dictionary<string, StoryScore> { ["heldout"] = new("held-out"), ["tuning"] = new("tuning"), ["heldout2"] = new("held-out 2 (written apart, since tuned on)"), ["heldout3"] = new("held-out 3 (written apart)"), ["heldout4"] = new("held-out 4 (written apart)"), ["heldout5"] = new("held-out 5 (written apart)"), ["own6"] = new("own 6 (written before the chafes rewrite, never tuned on)"), ["heldout6"] = new("held-out 6 (written blind, since tuned on)"), ["heldout7"] = new("held-out 7 (written blind)") };
        foreach (var item in cases.OrderBy(c => c.Today))
        {
            scores[item.Split].Add(item, await walk.RunAsync(item));
        }

        var report = scores["heldout7"].Report() + scores["heldout6"].Report() + scores["own6"].Report() + scores["heldout5"].Report() + scores["heldout4"].Report() + scores["heldout3"].Report() + scores["heldout"].Report() + scores["heldout2"].Report() + scores["tuning"].Report();
        output.WriteLine(report);
        var file = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", "story.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report);

        var heldOut = scores["heldout"];
        Assert.True(cases.Count >= 40 && heldOut.Stories >= 20, "the set needs at least 40 stories, 20 of them held out");
        Assert.True(heldOut.MeanQuestions <= HeldOutMeanQuestionsAtMost + 0.005, report);
        Assert.True(heldOut.MeanTargetQuestions <= HeldOutTargetMeanQuestionsAtMost + 0.005, report);
        Assert.True(heldOut.TargetWithinTwo >= HeldOutTargetWithinTwoAtLeast, report);
        foreach (var floors in WrittenApart)
        {
            var set = scores[floors.Split];
            Assert.True(set.Stories >= 30, $"{floors.Split} needs at least 30 stories");
            Assert.True(set.MeanQuestions <= floors.MeanQuestionsAtMost + 0.005, report);
            Assert.True(set.TargetWithinTwo >= floors.TargetWithinTwoAtLeast, report);
            foreach (var (field, (correct, wrong)) in floors.Fields)
            {
                Assert.True(set.Correct(field) >= correct && set.Wrong(field) <= wrong, $"{floors.Split}, {field}:\n{report}");
            }
        }
        var heldOut2 = scores["heldout2"];
        Assert.True(heldOut2.Stories >= 30, "the second held-out set needs at least 30 stories");
        Assert.True(heldOut2.MeanQuestions <= HeldOut2MeanQuestionsAtMost + 0.005, report);
        Assert.True(heldOut2.TargetWithinTwo >= HeldOut2TargetWithinTwoAtLeast, report);
        Assert.True(heldOut2.Wrong("orgUnit") <= HeldOut2OrgUnitWrongAtMost, report);
        foreach (var field in StoryScore.FieldNames.Where(f => f != "orgUnit")) Assert.True(heldOut2.Wrong(field) == 0, report);
        foreach (var field in StoryScore.FieldNames) Assert.True(heldOut2.Correct(field) >= HeldOut2CorrectAtLeast[field], report);
        var tuning = scores["tuning"];
        Assert.True(tuning.MeanQuestions <= TuningMeanQuestionsAtMost + 0.005, report);
        Assert.True(tuning.TargetWithinTwo >= TuningTargetWithinTwoAtLeast, report);
        foreach (var field in StoryScore.FieldNames)
        {
            // A value the story does not state, or a different one, is never taken silently: the author would have to catch it.
            Assert.True(heldOut.Wrong(field) == 0 && scores["tuning"].Wrong(field) == 0, report);
            Assert.True(heldOut.Correct(field) >= HeldOutCorrectAtLeast[field], report);
        }
    }
}

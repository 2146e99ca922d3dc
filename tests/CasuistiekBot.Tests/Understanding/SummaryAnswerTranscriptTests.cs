using CasuistiekBot.Cases;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Understanding;

// Answering the summary in words: a yes submits, a no or a "yes, but" asks what to change, never a silent submit.
public sealed class SummaryAnswerTranscriptTests
{
    [Fact]
    public async Task A_yes_with_a_correction_in_dutch_goes_to_what_was_wrong_and_submits_only_after_a_real_yes()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToSummaryAsync(app, "nl", deadline: "uiterlijk donderdag");

        var asked = await app.SayAsync("ja, alleen de datum klopt niet");
        Assert.Contains("Is er haast", asked.Texts());
        Assert.DoesNotContain("CS-", asked.Texts());

        var summary = await app.SayAsync("20/1");
        Assert.Contains("20 januari 2027", summary.Cards());
        var ack = await app.SayAsync("jazeker");
        Assert.Contains("CS-2026-0001", ack.Texts());

        Assert.Equal(new DateOnly(2027, 1, 20), (await UnderstandingKit.SubmittedAsync(app)).Deadline);
    }

    [Fact]
    public async Task A_yes_with_a_correction_in_english_goes_to_what_was_wrong()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToSummaryAsync(app, "en", deadline: "by Thursday");

        var asked = await app.SayAsync("yes, only the date is wrong", "en-US");
        Assert.Contains("Is it urgent", asked.Texts());

        Assert.Contains("12 March 2027", (await app.SayAsync("12 Mar", "en-US")).Cards());
        Assert.Contains("CS-2026-0001", (await app.SayAsync("yep", "en-US")).Texts());
        Assert.Equal(new DateOnly(2027, 3, 12), (await UnderstandingKit.SubmittedAsync(app)).Deadline);
    }

    [Fact]
    public async Task A_no_asks_what_to_change_in_dutch()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToSummaryAsync(app, "nl");

        var which = await app.SayAsync("nee");
        Assert.Contains("Wat wil je veranderen?", which.Texts());
        Assert.Contains("Directie", which.Texts());

        Assert.Contains("Bij welke organisatie", (await app.SayAsync("de directie")).Texts());
        await app.SayAsync("DJI, directie Gevangeniswezen");
        await app.SayAsync("is goed");

        Assert.Equal("DJI, directie Gevangeniswezen", (await UnderstandingKit.SubmittedAsync(app)).OrgUnit);
    }

    [Fact]
    public async Task A_no_asks_what_to_change_in_english()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToSummaryAsync(app, "en");

        var which = await app.SayAsync("nope", "en-US");
        Assert.Contains("What would you like to change?", which.Texts());

        Assert.Contains("Who may know", (await app.SayAsync("the visibility", "en-US")).Texts());
        await app.SayAsync("nobody", "en-US");
        await app.SayAsync("sure", "en-US");

        Assert.Equal(CasusVisibility.Anonymous, (await UnderstandingKit.SubmittedAsync(app)).Visibility);
    }

    [Fact]
    public async Task An_unclear_answer_to_the_summary_submits_nothing()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToSummaryAsync(app, "nl");

        Assert.Contains("wat je wilt veranderen", (await app.SayAsync("misschien")).Texts());

        await using var db = await Intake.IntakeTranscriptTests.Db(app);
        Assert.Empty(db.Set<Casus>());
    }
}

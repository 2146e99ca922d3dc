using CasuistiekBot.Cases;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Intake;

/// <summary>
/// Story first: what the story already says is not asked again, and what the bot took from it is marked in the summary
/// for the author to confirm or change.
/// </summary>
public sealed class StoryFirstTests
{
    // Monday 12 January 2026, morning in Amsterdam.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero));

    private const string FullStory =
        "Ik ben hoor- en beslismedewerker bij de IND, directie Asiel en Bescherming. Een alleenstaande moeder moet volgens het " +
        "beleid worden afgewezen omdat haar documenten niet compleet zijn, terwijl haar verhaal klopt. Het schuurt met de " +
        "menselijke maat. Ik heb het besproken met mijn teamleider. De beslistermijn verloopt op 30 januari. Wat moet ik doen?";

    // Unauthenticated: the test issuer signs with the real time, the app checks tokens against its fake clock.
    private Task<BotApp> StartAsync() => BotApp.StartAsync(authenticated: false, clock: _clock);

    [Fact]
    public async Task A_story_that_says_what_by_when_and_where_is_asked_only_who_may_know()
    {
        await using var app = await StartAsync();

        var reply = await app.SayAsync(FullStory);
        Assert.Contains("Wie mag weten", reply.Texts());
        var summary = (await app.SayAsync("vertrouwelijk")).Cards();

        Assert.Contains("IND, directie Asiel en Bescherming (uit je verhaal)", summary);
        Assert.Contains("30 januari 2026 (uit je verhaal)", summary);
        Assert.Contains("Advies over de casus (uit je verhaal)", summary);
        Assert.Contains("kies dan Aanpassen", summary);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal("IND, directie Asiel en Bescherming", casus.OrgUnit);
        Assert.Equal(new DateOnly(2026, 1, 30), casus.Deadline);
        Assert.Equal(CasusWish.Advice, casus.Wish);
    }

    [Fact]
    public async Task An_english_story_with_no_hurry_is_not_asked_for_a_date()
    {
        await using var app = await StartAsync();

        var reply = await app.SayAsync(
            "I work at the CJIB, Debt Collection team. A widow receives extra costs because the rules allow a payment plan only " +
            "after a formal notice, which feels harsh. I discussed it with my team lead. There is no hurry, but I would like a " +
            "shared view with colleagues and managers.", "en-GB");
        Assert.Contains("Who may know", reply.Texts());
        var summary = (await app.SayAsync("confidential", "en-GB")).Cards();

        Assert.Contains("CJIB, Debt Collection team (from your story)", summary);
        Assert.Contains("no date (from your story)", summary);
        await app.ClickAsync("intake.submit", new { confirm = "submit" }, "en-GB");
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Null(casus.Deadline);
        Assert.Equal(CasusWish.SharedView, casus.Wish);
    }

    [Fact]
    public async Task The_unit_in_the_story_comes_before_the_remembered_one_and_can_be_changed()
    {
        await using var app = await StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });

        await app.SayAsync("nieuwe casus");
        await app.SayAsync(FullStory.Replace("bij de IND, directie Asiel en Bescherming", "bij DJI in PI Vught", StringComparison.Ordinal));
        var summary = (await app.SayAsync("vertrouwelijk")).Cards();
        Assert.Contains("DJI, PI Vught (uit je verhaal)", summary);

        await app.ClickAsync("intake.editField", new { field = "unit" });
        var changed = (await app.SayAsync("DJI, PI Vught, afdeling Langgestraften")).Cards();

        Assert.Contains("DJI, PI Vught, afdeling Langgestraften", changed);
        Assert.DoesNotContain("Langgestraften (uit je verhaal)", changed);
    }

    [Fact]
    public async Task An_organisation_named_as_someone_else_still_asks_where_the_author_works()
    {
        await using var app = await StartAsync();

        await app.SayAsync(
            "Een gezin kreeg een brief van de IND dat hun vergunning niet wordt verlengd, omdat vader net onder de inkomensnorm " +
            "zit sinds zijn uren zijn verlaagd. Dat voelt oneerlijk. Ik heb het besproken met mijn teamleider. Het heeft geen haast. Wat moet ik doen?");

        Assert.Contains("Bij welke organisatie", app.Messages.TakeLast(1).Texts());
    }
}

using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Intake;

/// <summary>
/// What chafes and what was tried: asked as one question when the story says neither, with the answer kept for both;
/// never asked only for what was tried when the story already says what chafes (the summary shows it as not
/// mentioned, for the author to add).
/// </summary>
public sealed class ChafesAndTriedTests
{
    // 30+ words, a workplace and a wish, but neither what chafes nor what was tried.
    internal const string StoryWithoutChafes =
        "Ik werk bij de IND, directie Asiel en Bescherming. Mevrouw Jansen moet binnen vier weken het land verlaten. Haar " +
        "zoontje van zes ligt in het ziekenhuis voor een zware operatie en zij wil bij hem blijven tot hij hersteld is. Ik " +
        "spreek haar elke week. Ik zoek advies. Er is geen haast.";

    private const string EnglishStoryWithoutChafes =
        "I work at the CJIB, Debt Collection team. A widow pays off her fines in small amounts every month and has now " +
        "missed two payments while she was in hospital. Her daughter called us to explain what happened. I would like " +
        "advice. There is no hurry.";

    [Fact]
    public async Task A_story_that_says_neither_is_asked_both_in_one_question_and_the_answer_is_kept_for_both()
    {
        await using var app = await BotApp.StartAsync();

        var asked = await app.SayAsync(StoryWithoutChafes);
        Assert.Contains("Wat schuurt er voor jou, en heb je al iets geprobeerd", asked.Texts());
        Assert.DoesNotContain("Wat heb je al geprobeerd", asked.Texts());

        var next = await app.SayAsync("Het voelt oneerlijk dat het kind de dupe wordt. Ik heb het besproken met mijn teamleider.");
        Assert.Contains("Wie mag weten", next.Texts());
        var summary = (await app.SayAsync("vertrouwelijk")).Cards();
        Assert.Contains("Het voelt oneerlijk dat het kind de dupe wordt.", summary);
        Assert.Contains("Ik heb het besproken met mijn teamleider.", summary);
        Assert.DoesNotContain("teamleider. (uit je verhaal)", summary);

        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal("Het voelt oneerlijk dat het kind de dupe wordt.", casus.Chafes);
        Assert.Equal("Ik heb het besproken met mijn teamleider.", casus.Tried);
    }

    [Fact]
    public async Task An_answer_that_does_not_tell_the_two_apart_is_kept_for_both()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync(StoryWithoutChafes);

        await app.SayAsync("De regel gaat hier voor het kind.");
        await app.SayAsync("vertrouwelijk");
        await app.ClickAsync("intake.submit", new { confirm = "submit" });

        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal("De regel gaat hier voor het kind.", casus.Chafes);
        Assert.Equal("De regel gaat hier voor het kind.", casus.Tried);
    }

    [Fact]
    public async Task An_english_story_that_says_neither_is_asked_both_in_one_question_in_english()
    {
        await using var app = await BotApp.StartAsync();

        var asked = await app.SayAsync(EnglishStoryWithoutChafes, "en-GB");
        Assert.Contains("What chafes for you, and have you already tried something", asked.Texts());
        Assert.DoesNotContain("What have you tried so far", asked.Texts());

        var next = await app.SayAsync("The rule punishes her for being ill. Nothing yet.", "en-GB");
        Assert.Contains("Who may know", next.Texts());
        var summary = (await app.SayAsync("confidential", "en-GB")).Cards();
        Assert.Contains("The rule punishes her for being ill.", summary);

        await app.ClickAsync("intake.submit", new { confirm = "submit" }, "en-GB");
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal("The rule punishes her for being ill.", casus.Chafes);
        Assert.Equal("Nothing yet.", casus.Tried);
    }

    [Fact]
    public async Task A_story_that_chafes_is_not_asked_what_was_tried_and_the_summary_invites_adding_it()
    {
        await using var app = await BotApp.StartAsync();

        var next = await app.SayAsync(IntakeTranscriptTests.Story);
        Assert.DoesNotContain("Wat heb je al geprobeerd", next.Texts());
        Assert.DoesNotContain("Wat schuurt er voor jou", next.Texts());
        await app.SayAsync("1");
        await app.SayAsync("geen");
        await app.SayAsync("IND, directie Asiel en Bescherming");
        var summary = (await app.SayAsync("vertrouwelijk")).Cards();
        Assert.Contains("Niet genoemd. Wil je het aanvullen? Kies dan Aanpassen.", summary);

        // Typing what is to change goes straight to the question, and the answer replaces the invitation.
        Assert.Contains("Wat heb je al geprobeerd", (await app.SayAsync("nee, ik wil nog aanvullen wat ik heb geprobeerd")).Texts());
        var changed = (await app.SayAsync("Voorgelegd aan onze jurist.")).Cards();
        Assert.Contains("Voorgelegd aan onze jurist.", changed);
        Assert.DoesNotContain("Niet genoemd", changed);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        Assert.Equal("Voorgelegd aan onze jurist.", (await IntakeTranscriptTests.SingleCasusAsync(app)).Tried);
    }

    [Fact]
    public async Task Nothing_mentioned_is_stored_as_nothing_and_the_submitted_card_does_not_invite_adding()
    {
        await using var app = await BotApp.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);

        var (submitted, _) = await app.ClickAsync("intake.submit", new { confirm = "submit" });

        Assert.DoesNotContain("Wil je het aanvullen", submitted!.ToJsonString());
        Assert.Null((await IntakeTranscriptTests.SingleCasusAsync(app)).Tried);
    }
}

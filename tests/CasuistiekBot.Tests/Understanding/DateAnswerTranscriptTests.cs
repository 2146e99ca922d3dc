using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Understanding;

// Every date sentence of the issue, typed at the intake's deadline question on Monday 2 November 2026. "terug" asks the
// question again, so that one conversation tries them all; the bot says how it read each one before the next question.
public sealed class DateAnswerTranscriptTests
{
    [Fact]
    public async Task Dutch_deadlines_are_read_from_sentences_and_words()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToDeadlineAsync(app, "nl");

        await ExpectReadAsync(app, "voor 15 januari, dan verloopt de beslistermijn", "Genoteerd: vrijdag 15 januari 2027.");
        await ExpectReadAsync(app, "uiterlijk donderdag", "Genoteerd: donderdag 5 november 2026.");
        await ExpectReadAsync(app, "over drie weken", "Genoteerd: maandag 23 november 2026.");
        await ExpectReadAsync(app, "begin volgend jaar", "Genoteerd: vrijdag 1 januari 2027.");
        await ExpectReadAsync(app, "voor oud en nieuw", "Genoteerd: donderdag 31 december 2026.");
        await ExpectReadAsync(app, "20/1", "Genoteerd: woensdag 20 januari 2027.");
        await ExpectReadAsync(app, "12 mrt", "Genoteerd: vrijdag 12 maart 2027.");
        await ExpectReadAsync(app, "zo snel mogelijk", "Genoteerd: zo snel mogelijk, dus vandaag (maandag 2 november 2026).");

        var none = await app.SayAsync("het heeft geen haast");
        Assert.DoesNotContain("Genoteerd", none.Texts());
        Assert.Contains("Bij welke organisatie", none.Texts());
        await app.SayAsync("IND, directie Asiel en Bescherming");
        Assert.Contains("geen datum", (await app.SayAsync("alleen de coördinatoren")).Cards());
    }

    [Fact]
    public async Task English_deadlines_are_read_from_sentences_and_words()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToDeadlineAsync(app, "en");

        await ExpectReadAsync(app, "before 15 January, the decision period ends then", "Noted: Friday 15 January 2027.", "en-US");
        await ExpectReadAsync(app, "by Thursday", "Noted: Thursday 5 November 2026.", "en-US");
        await ExpectReadAsync(app, "in three weeks", "Noted: Monday 23 November 2026.", "en-US");
        await ExpectReadAsync(app, "early next year", "Noted: Friday 1 January 2027.", "en-US");
        await ExpectReadAsync(app, "before New Year's Eve", "Noted: Thursday 31 December 2026.", "en-US");
        await ExpectReadAsync(app, "20/1", "Noted: Wednesday 20 January 2027.", "en-US");
        await ExpectReadAsync(app, "12 Mar", "Noted: Friday 12 March 2027.", "en-US");
        await ExpectReadAsync(app, "as soon as possible", "Noted: as soon as possible, so today (Monday 2 November 2026).", "en-US");

        var none = await app.SayAsync("there's no rush", "en-US");
        Assert.DoesNotContain("Noted", none.Texts());
        Assert.Contains("Which organisation", none.Texts());
    }

    [Fact]
    public async Task A_date_that_could_mean_two_days_is_asked_back_and_the_choice_is_kept()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToSummaryAsync(app, "nl");

        // Reopened from the summary: the deadline question again, now answered with a week instead of a day.
        var (_, asked) = await app.ClickAsync("intake.editField", new { field = "deadline" });
        Assert.Contains("Is er haast", asked.Texts());
        var back = await app.SayAsync("volgende week");
        Assert.Contains("meer dan één datum", back.Texts());
        Assert.Contains("1. maandag 9 november 2026", back.Texts());
        Assert.Contains("2. vrijdag 13 november 2026", back.Texts());

        var summary = await app.SayAsync("de tweede");
        Assert.Contains("Genoteerd: vrijdag 13 november 2026.", summary.Texts());
        Assert.Contains("13 november 2026", summary.Cards());
    }

    [Fact]
    public async Task Dates_that_do_not_exist_or_have_passed_are_asked_again_never_taken()
    {
        await using var app = await UnderstandingKit.StartAsync();
        await UnderstandingKit.ToDeadlineAsync(app, "nl");

        Assert.Contains("Die datum bestaat niet", (await app.SayAsync("31-02-2027")).Texts());
        var vague = await app.SayAsync("binnenkort");
        Assert.Contains("Daar kan ik nog geen datum van maken", vague.Texts());
        Assert.Contains("Is er haast", vague.Texts());
        Assert.Contains("Genoteerd: maandag 16 november 2026.", (await app.SayAsync("over twee weken")).Texts());

        await app.SayAsync("terug");
        var past = await app.SayAsync("15-01-2026");
        Assert.Contains("al achter ons", past.Texts());
        Assert.Contains("Is er haast", past.Texts());
    }

    [Theory]
    [InlineData("Europe/Amsterdam", "woensdag 4 november 2026")]
    [InlineData("America/New_York", "dinsdag 3 november 2026")]
    public async Task Tomorrow_is_tomorrow_where_the_person_is(string timeZone, string tomorrow)
    {
        // 23:30 UTC on Monday 2 November: already Tuesday in Amsterdam, still Monday evening in New York.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 23, 30, 0, TimeSpan.Zero));
        await using var app = await UnderstandingKit.StartAsync(clock);
        await UnderstandingKit.ToDeadlineAsync(app, "nl");

        var before = app.Messages.Count;
        var response = await app.PostAsync(app.Message("morgen") with { LocalTimezone = timeZone });
        response.EnsureSuccessStatusCode();

        Assert.Contains($"Genoteerd: {tomorrow}.", app.Messages.Skip(before).Texts());
    }

    private static async Task ExpectReadAsync(BotApp app, string answer, string noted, string locale = "nl-NL")
    {
        var reply = await app.SayAsync(answer, locale);
        Assert.Contains(noted, reply.Texts());
        Assert.Contains(locale == "en-US" ? "Which organisation" : "Bij welke organisatie", reply.Texts());
        var again = await app.SayAsync(locale == "en-US" ? "back" : "terug", locale);
        Assert.Contains(locale == "en-US" ? "Is it urgent" : "Is er haast", again.Texts());
    }
}

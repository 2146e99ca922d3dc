using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Intake;

/// <summary>
/// Danger heard by the coordinators as well as by the author: an alert in their channel the moment it is mentioned
/// (kinds only, never the author), and a casus that arrives marked urgent with a shorter triage promise. A deadline
/// inside the usual triage period makes a casus urgent too.
/// </summary>
public sealed class UrgentCasusTests
{
    // Sunday 22 November 2026: the usual promise (five working days) is Friday 27 November, the urgent one Monday 23.
    private static readonly DateTimeOffset Sunday = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Sunday);

    private const string DangerStory =
        "Ik ben bang dat hij zichzelf iets aandoet; hij zei dat hij het niet meer ziet zitten. Zijn aanvraag is afgewezen en hij " +
        "moet binnen vier weken vertrekken, terwijl zijn dochter hier naar school gaat. De regels laten geen uitstel toe, maar " +
        "het schuurt enorm met de menselijke maat en ik weet niet goed wat ik moet doen.";

    [Theory]
    [InlineData("2")]
    [InlineData("3")]
    public async Task Danger_alerts_the_coordinators_at_once_without_the_author_and_the_casus_arrives_urgent(string visibility)
    {
        await using var app = await TriageKit.StartAsync(_clock);
        await TriageKit.RegisterChannelAsync(app);
        await app.SayAsync("nieuwe casus");

        var reply = await app.SayAsync(DangerStory);

        // The alert may reach the channel during the turn; the care message is the one in the personal chat.
        Assert.Contains("de coördinatoren weten al dat er acuut gevaar is genoemd, zonder je naam", reply.Texts());
        var alert = await WaitForChannelTextAsync(app, "Acuut gevaar genoemd");
        Assert.Contains("zelfdoding of zelfbeschadiging", alert);
        Assert.DoesNotContain("Test Gebruiker", alert);
        Assert.DoesNotContain("zichzelf", alert);
        Assert.DoesNotContain("dochter", alert);

        await app.SayAsync("1");
        await app.SayAsync("geen");
        await app.SayAsync("IND, directie Asiel en Bescherming");
        await app.SayAsync(visibility);
        var submitted = await app.ClickAsync("intake.submit", new { confirm = "submit" });

        Assert.Contains("maandag 23 november 2026", submitted.Messages.Texts());
        var card = TriageKit.CardJson(await ChannelCardAsync(app, "URGENT"));
        Assert.Contains("acuut gevaar genoemd (zelfdoding of zelfbeschadiging)", card);
        Assert.Contains("Triage uiterlijk 23 november 2026", card);
        // The alert named no one; the card names the author only as they chose (confidential: for coordinators).
        if (visibility == "3") Assert.DoesNotContain("Test Gebruiker", card);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.True(casus.Urgent);
        Assert.Equal("suicide", casus.AcuteDanger);
    }

    [Fact]
    public async Task Without_a_coordinators_channel_the_care_message_promises_no_alert()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");

        var reply = await app.SayAsync(DangerStory);

        Assert.Contains("0800-0113", reply[0].Text);
        Assert.DoesNotContain("coördinatoren weten al", reply[0].Text);
        Assert.Contains("urgent zodra je hem indient", reply[0].Text);
    }

    [Fact]
    public async Task A_deadline_within_the_triage_period_makes_the_casus_urgent_and_shortens_the_promise()
    {
        await using var app = await TriageKit.StartAsync(_clock);
        await TriageKit.RegisterChannelAsync(app);
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(IntakeTranscriptTests.Story);
        await app.SayAsync("1");
        await app.SayAsync("woensdag 25 november, dan verloopt de vertrektermijn");
        await app.SayAsync("IND, directie Asiel en Bescherming");
        await app.SayAsync("2");

        var submitted = await app.ClickAsync("intake.submit", new { confirm = "submit" });

        Assert.Contains("maandag 23 november 2026", submitted.Messages.Texts());
        var card = TriageKit.CardJson(await ChannelCardAsync(app, "URGENT"));
        Assert.Contains("de deadline (25 november 2026) valt binnen de gewone triagetermijn", card);
        Assert.DoesNotContain("acuut gevaar", card);
        Assert.True((await IntakeTranscriptTests.SingleCasusAsync(app)).Urgent);
    }

    [Fact]
    public async Task A_casus_without_danger_or_a_near_deadline_keeps_the_usual_promise()
    {
        await using var app = await TriageKit.StartAsync(_clock);
        await TriageKit.RegisterChannelAsync(app);

        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        var submitted = await app.ClickAsync("intake.submit", new { confirm = "submit" });

        Assert.Contains("vrijdag 27 november 2026", submitted.Messages.Texts());
        var card = TriageKit.CardJson(await ChannelCardAsync(app, "triage.spreekuur"));
        Assert.DoesNotContain("URGENT", card);
        Assert.False((await IntakeTranscriptTests.SingleCasusAsync(app)).Urgent);
        Assert.DoesNotContain(TriageKit.SentTo(app, TriageKit.Channel), a => a.Text?.Contains("Acuut gevaar") == true);
    }

    private Task<Activity> ChannelCardAsync(BotApp app, string fragment) =>
        SentToChannelAsync(app, a => TriageKit.CardJson(a).Contains(fragment, StringComparison.Ordinal), "card with " + fragment);

    private async Task<string> WaitForChannelTextAsync(BotApp app, string fragment) =>
        (await SentToChannelAsync(app, a => a.Text?.Contains(fragment, StringComparison.Ordinal) == true, "message with " + fragment)).Text!;

    private static async Task<Activity> SentToChannelAsync(BotApp app, Func<Activity, bool> match, string what)
    {
        await app.DeliverAllAsync();
        return TriageKit.SentTo(app, TriageKit.Channel).FirstOrDefault(match) ?? throw new InvalidOperationException("Nothing in the channel: " + what);
    }
}

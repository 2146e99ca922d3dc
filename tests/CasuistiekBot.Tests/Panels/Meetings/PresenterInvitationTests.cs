using CasuistiekBot.Panels;
using CasuistiekBot.Panels.Meetings;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Panels.Meetings;

/// <summary>The coordinator asks the inbrenger to present; the author answers through the sealed route; anonymity holds.</summary>
public sealed class PresenterInvitationTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task An_anonymous_casus_offers_no_button_and_a_forged_click_is_refused_and_sends_nothing()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app, visibility: "3");
        var version = await PanelKit.ScheduleAsync(app, panel, NextMonth);
        Assert.DoesNotContain(PresenterVerbs.Offer, await CurrentPanelCardAsync(app, panel, version));

        var body = await PanelKit.CoordinatorAsync(app, PresenterVerbs.Offer, new { panelId = panel.Id, version });

        Assert.Contains("Deze casus is anoniem", body);
        Assert.Null((await PanelKit.PanelAsync(app)).PresenterStatus);
        Assert.DoesNotContain(await PanelKit.OutboxAsync(app, "author:"), m => m.IdempotencyKey.Contains("presenter"));
    }

    [Fact]
    public async Task A_confidential_author_is_told_the_panel_will_know_them_and_their_yes_reaches_the_coordinators()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);                     // confidential
        var version = await PanelKit.ScheduleAsync(app, panel, NextMonth);
        Assert.Contains(PresenterVerbs.Offer, await CurrentPanelCardAsync(app, panel, version));

        var body = await PanelKit.CoordinatorAsync(app, PresenterVerbs.Offer, new { panelId = panel.Id, version });
        Assert.Contains("gevraagd, nog geen antwoord", body);
        Assert.DoesNotContain(PresenterVerbs.Offer, body);                     // asked once

        var card = TriageKit.CardJson(await TriageKit.WaitForAuthorMessageAsync(app, m => TriageKit.CardJson(m).Contains(PresenterVerbs.Yes)));
        Assert.Contains("weet het panel dus wie je bent", card);
        Assert.Contains(PresenterVerbs.No, card);

        // Someone else cannot answer for the author.
        var other = await PanelKit.PersonAsync(app, PresenterVerbs.Yes, new { panelId = panel.Id }, PanelKit.Marieke);
        Assert.Contains("niet (meer) voor jou", other);
        Assert.Equal(PresenterStatus.Offered, (await PanelKit.PanelAsync(app)).PresenterStatus);

        var (answer, _) = await app.ClickAsync(PresenterVerbs.Yes, new { panelId = panel.Id });
        Assert.Contains("Je komt je casus zelf toelichten", answer!.ToJsonString());
        Assert.Equal(PresenterStatus.Accepted, (await PanelKit.PanelAsync(app)).PresenterStatus);
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Inbrenger presenteert") && c.Contains("ja, komt"));
        Assert.Contains(TriageKit.SentTo(app, TriageKit.Channel), a => a.Text?.Contains("komt de casus zelf toelichten") == true);
    }

    [Fact]
    public async Task A_named_author_gets_the_question_without_the_warning_and_may_say_no()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app, visibility: "1");
        var version = await PanelKit.ScheduleAsync(app, panel, NextMonth);

        await PanelKit.CoordinatorAsync(app, PresenterVerbs.Offer, new { panelId = panel.Id, version });

        var card = TriageKit.CardJson(await TriageKit.WaitForAuthorMessageAsync(app, m => TriageKit.CardJson(m).Contains(PresenterVerbs.Yes)));
        Assert.Contains("Wil je je casus", card);
        Assert.DoesNotContain("wie je bent", card);
        var (answer, _) = await app.ClickAsync(PresenterVerbs.No, new { panelId = panel.Id });
        Assert.Contains("Je komt niet", answer!.ToJsonString());
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Inbrenger presenteert") && c.Contains("\"nee\""));
    }

    private static async Task<string> CurrentPanelCardAsync(CasuistiekBot.Tests.Support.BotApp app, Panel panel, long version) =>
        (await PanelKit.OutboxAsync(app, $"panel:{panel.Id:N}:v{version}")).Last().ActivityJson;
}

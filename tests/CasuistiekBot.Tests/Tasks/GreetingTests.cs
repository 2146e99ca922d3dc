using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Panels;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Panels;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Tasks;

/// <summary>A greeting shows the person what waits for them first, with buttons that bring its cards.</summary>
public sealed class GreetingTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task A_panel_member_who_says_hallo_sees_the_open_invitation_before_the_menu_and_a_button_brings_its_card()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var chat = MyTasksKit.ChatOf(member.AadObjectId);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "hallo");

        var sent = SentSince(app, before, chat);
        var open = sent.FindIndex(a => TriageKit.CardJson(a).Contains("Eerst dit: er wacht iets op je"));
        var menu = sent.FindIndex(a => TriageKit.CardJson(a).Contains("intake.start"));
        Assert.True(open >= 0, "The greeting shows nothing open.");
        Assert.True(menu > open, "The menu came before what is open.");
        var card = TriageKit.CardJson(sent[open]);
        Assert.Contains(casus.Reference, card);
        Assert.Contains("Nog niet beantwoord", card);
        Assert.Contains("Uitnodigingen tonen (1)", card);
        Assert.Contains("29:" + member.AadObjectId, card);

        var kinds = MyTasksKit.DataOf(card, "tasks.show", "kinds");
        var clicked = await MyTasksKit.AllDeliveredAsync(app);
        await MyTasksKit.ClickAsync(app, member.AadObjectId, "tasks.show", new { kinds });

        var invitation = Assert.Single(await MyTasksKit.PostedSinceAsync(app, clicked, chat, "Uitnodiging Casuïstiek Spreekuur", 1));
        Assert.Contains("invitation.accept", invitation);
    }

    [Fact]
    public async Task Someone_with_nothing_open_gets_only_the_welcome_and_an_english_greeting_is_english()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, PanelKit.Ruud, "Ruud Hoekstra", "hallo");
        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "hello", "en-US");

        var nothing = SentSince(app, before, MyTasksKit.ChatOf(PanelKit.Ruud)).Select(SignalKit.Describe).ToList();
        Assert.Contains(nothing, d => d.Contains("intake.start"));
        Assert.DoesNotContain(nothing, d => d.Contains("tasks.show") || d.Contains("Eerst dit"));
        var english = string.Join("\n", SentSince(app, before, MyTasksKit.ChatOf(member.AadObjectId)).Select(SignalKit.Describe));
        Assert.Contains("First: something is waiting for you", english);
        Assert.Contains("Show invitations (1)", english);
    }

    [Fact]
    public async Task A_button_from_the_greeting_pressed_in_a_channel_shows_nothing_there()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        var body = await (await app.PostAsync(app.ClickAs("tasks.show", new { kinds = "invitation.mine" }, member.AadObjectId, member.Name))).Content.ReadAsStringAsync();

        Assert.Contains("alleen in een persoonlijke chat", body);
        await MyTasksKit.AllDeliveredAsync(app);
        Assert.DoesNotContain(app.Connector.Requests.Skip(before), r => r.Activity is { } a && TriageKit.CardJson(a).Contains("Uitnodiging Casuïstiek Spreekuur"));
    }

    private static List<Activity> SentSince(Support.BotApp app, int since, string chat) =>
        [.. app.Connector.Requests.Skip(since).Where(r => r.ConversationId == chat && r.Activity is not null).Select(r => r.Activity!)];
}

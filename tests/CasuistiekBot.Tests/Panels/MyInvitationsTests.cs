using CasuistiekBot.Panels;
using CasuistiekBot.Storage;
using CasuistiekBot.Tasks;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Panels;

/// <summary>"Mijn uitnodigingen" / "my invitations": a panel member's own open invitations as a list, then each invitation card again.</summary>
public sealed class MyInvitationsTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
    private const string InvitationTitle = "Uitnodiging Casuïstiek Spreekuur";

    [Fact]
    public async Task A_panel_member_sees_their_open_invitation_and_gets_its_card_again_with_the_answer_buttons()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "mijn uitnodigingen");

        var chat = MyTasksKit.ChatOf(member.AadObjectId);
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Mijn uitnodigingen")));
        Assert.Contains("Open uitnodigingen voor het Casuïstiek Spreekuur: 1.", list);
        Assert.Contains(casus.Reference, list);
        Assert.Contains($"{SessionText.Date("nl", NextMonth)} om 14:00", list);
        Assert.Contains("Plaats: https://teams.microsoft.com/l/meetup-join", list);
        Assert.Contains("Nog niet beantwoord", list);
        Assert.Contains("Als inhoudsdeskundige", list);
        Assert.Contains("“mijn taken”", list);
        var card = Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, InvitationTitle, 1));
        Assert.Contains(casus.Reference, card);
        Assert.Contains("invitation.accept", card);
        Assert.Equal(member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), MyTasksKit.DataOf(card, "invitation.accept", "invitationId"));
    }

    [Fact]
    public async Task An_accepted_invitation_shows_the_answer_without_buttons_and_a_declined_one_is_no_longer_open()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var members = await PanelKit.MembersAsync(app);
        var accepting = members.First(m => m.Seat == PanelSeat.Expert);
        var declining = members.Single(m => m.Seat == PanelSeat.LineManager);
        await PanelKit.PersonAsync(app, "invitation.accept", new { invitationId = accepting.Id, version = panel.Version }, accepting.AadObjectId);
        await PanelKit.PersonAsync(app, "invitation.decline", new { invitationId = declining.Id, version = panel.Version, declineReason = "Met verlof." }, declining.AadObjectId);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, accepting.AadObjectId, accepting.Name, "mijn uitnodigingen");
        await MyTasksKit.SayAsync(app, declining.AadObjectId, declining.Name, "mijn uitnodigingen");

        var chat = MyTasksKit.ChatOf(accepting.AadObjectId);
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Mijn uitnodigingen")));
        Assert.Contains("Je doet mee", list);
        var card = Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, InvitationTitle, 1));
        Assert.Contains("Je doet mee. Dank je wel!", card);
        Assert.DoesNotContain("invitation.accept", card);
        Assert.DoesNotContain("invitation.decline", card);
        var none = await SignalKit.WaitForAsync(app, MyTasksKit.ChatOf(declining.AadObjectId), a => a.Text?.Contains("geen open uitnodigingen") == true);
        Assert.Contains("Uitnodigingen van anderen laat ik hier niet zien", none.Text);
    }

    [Fact]
    public async Task Someone_not_on_the_panel_sees_nothing_of_the_invitations()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.DoesNotContain(await PanelKit.MembersAsync(app), m => m.AadObjectId == PanelKit.Ruud);

        await MyTasksKit.SayAsync(app, PanelKit.Ruud, "Ruud Hoekstra", "mijn uitnodigingen");

        var sent = await MyTasksKit.AllSentToAsync(app, MyTasksKit.ChatOf(PanelKit.Ruud));
        Assert.Contains("Je hebt geen open uitnodigingen voor het Spreekuur.", sent);
        Assert.DoesNotContain(casus.Reference, sent);
        Assert.DoesNotContain("invitation", sent);
    }

    [Fact]
    public async Task An_english_panel_member_gets_the_list_and_the_card_in_english()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "my invitations", "en-US");

        var chat = MyTasksKit.ChatOf(member.AadObjectId);
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("My invitations")));
        Assert.Contains("Open invitations to the Casuïstiek Spreekuur: 1.", list);
        Assert.Contains($"{SessionText.Date("en", NextMonth)} at 14:00", list);
        Assert.Contains("Not answered yet", list);
        var card = Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "Invitation: Casuïstiek Spreekuur", 1));
        Assert.Contains("I will take part", card);
    }

    [Fact]
    public async Task In_a_channel_the_bot_points_to_the_personal_chat_and_shows_no_invitation()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        (await app.PostAsync(app.InChannel("mijn uitnodigingen", member.AadObjectId, member.Name))).EnsureSuccessStatusCode();

        var inChannel = app.Connector.Requests.Skip(before).Where(r => r.ConversationId?.StartsWith(TriageKit.Channel, StringComparison.Ordinal) == true && r.Activity is { Type: "message" })
            .Select(r => r.Activity!).ToList();
        Assert.Contains(inChannel, a => a.Text?.Contains("alleen in een persoonlijke chat met mij") == true);
        Assert.DoesNotContain(inChannel, a => SignalKit.Describe(a).Contains(casus.Reference));
    }

    [Fact]
    public async Task An_answer_on_the_card_shown_again_counts_once_and_a_second_click_is_told_it_was_answered()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var before = await MyTasksKit.AllDeliveredAsync(app);
        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "mijn uitnodigingen");
        var card = Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, MyTasksKit.ChatOf(member.AadObjectId), InvitationTitle, 1));
        var data = new { invitationId = MyTasksKit.DataOf(card, "invitation.accept", "invitationId"), version = MyTasksKit.DataOf(card, "invitation.accept", "version") };

        var stranger = await MyTasksKit.ClickAsync(app, PanelKit.Ruud, "invitation.accept", data);
        var first = await MyTasksKit.ClickAsync(app, member.AadObjectId, "invitation.accept", data);
        var second = await MyTasksKit.ClickAsync(app, member.AadObjectId, "invitation.accept", data);

        Assert.DoesNotContain("Je doet mee", stranger);
        Assert.Contains("Je doet mee", first);
        Assert.DoesNotContain("invitation.accept", first);
        Assert.Contains("al beantwoord", second);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "uitnodiging-geaccepteerd"));
        Assert.Equal(MemberStatus.Accepted, (await PanelKit.MembersAsync(app)).Single(m => m.Id == member.Id).Status);
    }

    [Fact]
    public async Task A_withdrawal_after_the_card_was_shown_again_updates_that_fresh_copy()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);
        var original = await MyTasksKit.SentActivityIdAsync(app, $"panel-invitation:{member.Id}");
        await MyTasksKit.SayAsync(app, member.AadObjectId, member.Name, "mijn uitnodigingen");
        var again = await MyTasksKit.SentActivityIdAsync(app, $"invitation:{member.Id}:shown:");

        await PanelKit.CoordinatorAsync(app, "panel.remove", new { panelId = panel.Id, version = panel.Version, memberId = member.Id });

        var chat = MyTasksKit.ChatOf(member.AadObjectId);
        await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("niet meer nodig"));
        Assert.NotEqual(original, again);
        var puts = app.Connector.Requests.Where(r => r.Method == "PUT" && r.Activity is { } a && TriageKit.CardJson(a).Contains("niet meer nodig")).ToList();
        Assert.Contains(puts, r => r.ConversationId == chat && r.ActivityId == again);
        Assert.DoesNotContain(puts, r => r.ActivityId == original);
    }
}

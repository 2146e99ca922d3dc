using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Panels;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Pipeline;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Panels;

/// <summary>
/// After a session moved twice, "Ik doe mee" on the first notice once accepted a date the member never saw. An answer
/// now counts only on a card showing the panel as it is; an older card gets the current one back, and Teams refreshes
/// invitation, notice and reminder cards for the member.
/// </summary>
public sealed class StaleInvitationTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task Ik_doe_mee_on_the_first_notice_after_two_moves_accepts_nothing_and_shows_the_current_date()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Status == MemberStatus.Invited);
        var (firstMove, secondMove) = (NextMonth.AddDays(7), NextMonth.AddDays(14));

        panel = await MoveAsync(app, panel, firstMove);
        var firstNotice = JsonNode.Parse(await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "verzet naar " + Day(firstMove)))!;
        await MoveAsync(app, panel, secondMove);
        await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "verzet naar " + Day(secondMove));

        var body = await PanelKit.PersonAsync(app, "invitation.accept", SessionKit.Inputs(firstNotice, "invitation.accept"), member.AadObjectId);

        var card = PanelKit.Card(body).ToJsonString();
        Assert.Contains(Day(secondMove), card);
        Assert.DoesNotContain(Day(firstMove), card);
        Assert.Contains("invitation.accept", card);   // still open: they can answer for the date they now see
        Assert.Equal(MemberStatus.Invited, (await PanelKit.MembersAsync(app)).Single(m => m.Id == member.Id).Status);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.Action == "uitnodiging-geaccepteerd"));

        var current = await PanelKit.PersonAsync(app, "invitation.accept", SessionKit.Inputs(PanelKit.Card(body), "invitation.accept"), member.AadObjectId);
        Assert.Contains("Je doet mee", current);
        Assert.Equal(MemberStatus.Accepted, (await PanelKit.MembersAsync(app)).Single(m => m.Id == member.Id).Status);
    }

    [Fact]
    public async Task Notices_refresh_for_the_member_alone_and_a_refresh_of_an_old_notice_shows_the_new_date_without_answering()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Status == MemberStatus.Invited);
        // The member has talked to the bot, so it knows their Teams id for the refresh.
        (await app.PostAsync(InChatOf(app, member.AadObjectId, TestActivities.Message("hallo")))).EnsureSuccessStatusCode();

        panel = await MoveAsync(app, panel, NextMonth.AddDays(7));
        var notice = JsonNode.Parse(await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "verzet naar " + Day(NextMonth.AddDays(7))))!;
        await MoveAsync(app, panel, NextMonth.AddDays(14));

        Assert.Equal(["29:" + member.AadObjectId], notice["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("invitation.refresh", notice["refresh"]!["action"]!["verb"]!.GetValue<string>());
        var refresh = TestActivities.Invoke(InvokeNames.AdaptiveCardAction, new
        {
            action = new { type = "Action.Execute", verb = "invitation.refresh", data = notice["refresh"]!["action"]!["data"] },
            trigger = "automatic",
        });
        var response = await app.PostAsync(InChatOf(app, member.AadObjectId, refresh));
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.ToJsonString();

        Assert.Contains("verzet naar " + Day(NextMonth.AddDays(14)), card);
        Assert.Equal(MemberStatus.Invited, (await PanelKit.MembersAsync(app)).Single(m => m.Id == member.Id).Status);
    }

    [Fact]
    public async Task Someone_else_asking_for_a_members_card_gets_nothing_of_it()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Status == MemberStatus.Invited);

        var body = await PanelKit.PersonAsync(app, "invitation.refresh", new { invitationId = member.Id }, PanelKit.Eva, "Eva");

        Assert.Contains("niet voor jou", body);
        Assert.DoesNotContain("invitation.accept", body);
    }

    private static async Task<Panel> MoveAsync(BotApp app, Panel panel, DateOnly to)
    {
        var body = await PanelKit.CoordinatorAsync(app, "panel.schedule", new
        {
            panelId = panel.Id, version = panel.Version, sessionDate = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sessionTime = "14:00", place = "Zaal 4.12",
        });
        Assert.Contains(to.ToString("dddd d MMMM yyyy", Dutch), body);
        return await PanelKit.PanelAsync(app);
    }

    private static Activity InChatOf(BotApp app, string aad, Activity activity) => activity with
    {
        ServiceUrl = app.Connector.ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:personal-" + aad, ConversationType = "personal", TenantId = TestActivities.TenantId },
        From = new ChannelAccount { Id = "29:" + aad, Name = "Panellid", AadObjectId = aad },
    };

    private static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", Dutch);
}

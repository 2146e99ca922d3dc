using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Panels;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Panels;

/// <summary>Sending the invitations, answering them, replacing those who decline, and telling the inbrenger.</summary>
public sealed class InvitationTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task Sending_invites_every_member_in_their_own_chat_and_schedules_the_casus()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);

        await PanelKit.SendInvitationsAsync(app, NextMonth);

        var members = await PanelKit.MembersAsync(app);
        Assert.All(members, m => Assert.Equal(MemberStatus.Invited, m.Status));
        var invitations = await PanelKit.OutboxAsync(app, "panel-invitation:");
        Assert.Equal(members.Select(m => m.AadObjectId).Order(), invitations.Select(i => i.RecipientAadObjectId!).Order());
        foreach (var member in members)
        {
            var sent = await WaitForCardToAsync(app, member.AadObjectId, "invitation.accept");
            Assert.Contains($"\"invitationId\":{member.Id}", sent);
            Assert.Contains("[NAAM-1]", sent);                       // the scrubbed casus
            Assert.DoesNotContain("Test Gebruiker", sent);            // a confidential author's name stays out
            Assert.Contains("meetup-join", sent);
        }
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal(CasusStatus.Scheduled, casus.Status);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.SubjectId == casus.Reference && a.SubjectType == "casus" && a.Action == "ingepland"));
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.SubjectType == PanelAudit.SubjectType && a.Action == "uitnodigingen-verstuurd"));
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Ingepland voor het Spreekuur") && c.Contains("Voorgestelde routes"));
    }

    [Fact]
    public async Task A_member_whose_Teams_speaks_English_gets_the_invitation_in_English_and_the_others_in_Dutch()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var members = await PanelKit.MembersAsync(app);
        var english = members.First(m => m.Seat == PanelSeat.Expert);
        var said = app.Message("help", "a:personal-" + english.AadObjectId, locale: "en-US") with
        {
            From = new ChannelAccount { Id = "29:" + english.AadObjectId, Name = english.Name, AadObjectId = english.AadObjectId },
        };
        (await app.PostAsync(said)).EnsureSuccessStatusCode();

        await PanelKit.SendInvitationsAsync(app, NextMonth);

        var englishCard = await WaitForCardToAsync(app, english.AadObjectId, "invitation.accept");
        Assert.Contains("I will take part", englishCard);
        Assert.DoesNotContain("Ik doe mee", englishCard);
        var dutch = members.First(m => m.AadObjectId != english.AadObjectId);
        var dutchCard = await WaitForCardToAsync(app, dutch.AadObjectId, "invitation.accept");
        Assert.Contains("Ik doe mee", dutchCard);
        var sent = (await PanelKit.OutboxAsync(app, "panel-invitation:")).Single(m => m.RecipientAadObjectId == english.AadObjectId);
        Assert.Equal("a:personal-" + english.AadObjectId, sent.ConversationId);
    }

    [Fact]
    public async Task The_inbrenger_is_told_the_date_and_who_leads_the_session()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);

        await PanelKit.SendInvitationsAsync(app, NextMonth);

        var facilitator = (await PanelKit.MembersAsync(app)).Single(m => m.Seat == PanelSeat.Facilitator).Name;
        var told = await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("wordt besproken") == true);
        Assert.Contains(NextMonth.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), told.Text);
        Assert.Contains("14:00", told.Text);
        Assert.Contains($"De gespreksleider is {facilitator}", told.Text);
    }

    [Fact]
    public async Task Accepting_shows_on_the_invitation_and_on_the_coordinators_card()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);

        var body = await PanelKit.PersonAsync(app, "invitation.accept", new { invitationId = member.Id, version = panel.Version }, member.AadObjectId);

        Assert.Contains("Je doet mee", body);
        Assert.DoesNotContain("invitation.accept", body);
        Assert.Equal(MemberStatus.Accepted, (await PanelKit.MembersAsync(app)).Single(m => m.Id == member.Id).Status);
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains($"{member.Name} — doet mee"));
        var twice = await PanelKit.PersonAsync(app, "invitation.accept", new { invitationId = member.Id }, member.AadObjectId);
        Assert.Contains("al beantwoord", twice);
    }

    [Fact]
    public async Task A_decline_offers_the_next_best_person_and_one_click_invites_them()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var sent = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var member = (await PanelKit.MembersAsync(app)).Single(m => m.Seat == PanelSeat.LineManager);

        var body = await PanelKit.PersonAsync(app, "invitation.decline", new { invitationId = member.Id, version = sent.Version, declineReason = "Ik ben met verlof." }, member.AadObjectId);

        Assert.Contains("Je kunt niet", body);
        var declined = (await PanelKit.MembersAsync(app)).Single(m => m.Id == member.Id);
        Assert.Equal(("Ik ben met verlof.", "Ruud Hoekstra"), (declined.DeclineReason, declined.OfferName));
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Uitnodigen: Ruud Hoekstra") && c.Contains("kan niet: Ik ben met verlof."));

        var panel = await PanelKit.PanelAsync(app);
        var replaced = await PanelKit.CoordinatorAsync(app, "panel.replace", new { panelId = panel.Id, version = panel.Version, memberId = member.Id });

        Assert.Contains($"in plaats van {member.Name}", replaced);
        var ruud = (await PanelKit.MembersAsync(app)).Single(m => m.AadObjectId == PanelKit.Ruud);
        Assert.Equal((MemberStatus.Invited, PanelSeat.LineManager), (ruud.Status, ruud.Seat));
        Assert.Null((await PanelKit.MembersAsync(app)).Single(m => m.Id == member.Id).OfferName);
        Assert.Contains("invitation.accept", await WaitForCardToAsync(app, PanelKit.Ruud, "invitation.accept"));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "vervanger-uitgenodigd"));
    }

    [Fact]
    public async Task After_sending_an_added_person_is_invited_at_once_and_a_removed_one_sees_the_invitation_withdrawn()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var leaving = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);

        await PanelKit.CoordinatorAsync(app, "panel.remove", new { panelId = panel.Id, version = panel.Version, memberId = leaving.Id });
        var added = await PanelKit.CoordinatorAsync(app, "panel.add", new { panelId = panel.Id, version = panel.Version + 1, personId = PanelKit.Ruud, seat = PanelSeat.LineManager });

        Assert.Contains("Ruud Hoekstra — uitgenodigd", added);
        Assert.Contains("invitation.accept", await WaitForCardToAsync(app, PanelKit.Ruud, "invitation.accept"));
        Assert.Contains("niet meer nodig", await WaitForCardToAsync(app, leaving.AadObjectId, "niet meer nodig"));
        var withdrawn = await PanelKit.PersonAsync(app, "invitation.accept", new { invitationId = leaving.Id }, leaving.AadObjectId);
        Assert.Contains("geldt niet meer", withdrawn);
    }

    [Fact]
    public async Task Two_coordinators_sending_at_once_send_each_invitation_once_and_the_second_hears_who_was_first()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);
        var version = await PanelKit.ScheduleAsync(app, panel, NextMonth);

        var first = PanelKit.CoordinatorAsync(app, "panel.send", new { panelId = panel.Id, version });
        var second = PanelKit.CoordinatorAsync(app, "panel.send", new { panelId = panel.Id, version }, TriageKit.Coordinator2, "Fatima El Amrani");
        var bodies = await Task.WhenAll(first, second);

        var members = await PanelKit.MembersAsync(app);
        Assert.Equal(members.Count, (await PanelKit.OutboxAsync(app, "panel-invitation:")).Count);
        Assert.Single(bodies, b => b.Contains("Uitnodigingen verstuurd door"));
        Assert.Single(bodies, b => b.Contains("al verstuurd door") || b.Contains("niet meer actueel"));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "uitnodigingen-verstuurd"));
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "ingepland"));
    }

    /// <summary>Waits for a card containing <paramref name="marker"/> in the 1:1 chat the bot created for a person.</summary>
    internal static async Task<string> WaitForCardToAsync(CasuistiekBot.Tests.Support.BotApp app, string aad, string marker)
    {
        await app.DeliverAllAsync();
        var conversations = (await PanelKit.OutboxAsync(app, "panel-")).Where(m => m.RecipientAadObjectId == aad && m.ConversationId is not null)
            .Select(m => m.ConversationId!).Distinct().ToList();
        return conversations.SelectMany(c => TriageKit.SentTo(app, c)).Select(TriageKit.CardJson).LastOrDefault(c => c.Contains(marker))
            ?? throw new InvalidOperationException($"No card with '{marker}' reached {aad}.");
    }
}

using CasuistiekBot.Panels;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Panels;

/// <summary>Moving the session after the invitations went out: who is asked again, what they and the inbrenger see.</summary>
public sealed class PanelReschedulingTests
{
    // Friday 27 November 2026, 10:00 in Amsterdam.
    private static readonly DateTimeOffset FridayMorning = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly First = new(2026, 12, 10);
    private static readonly DateOnly Moved = new(2026, 12, 17);
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task A_new_date_asks_everyone_who_was_invited_or_said_yes_again_and_a_decline_stands()
    {
        // The real clock, so that the delivery worker brings every card to the connector.
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var moveTo = NextMonth.AddDays(7);
        var dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        var members = await PanelKit.MembersAsync(app);
        var (yes, no, silent) = (members[0], members[1], members[2]);
        await PanelKit.PersonAsync(app, "invitation.accept", new { invitationId = yes.Id, version = panel.Version }, yes.AadObjectId);
        await PanelKit.PersonAsync(app, "invitation.decline", new { invitationId = no.Id, version = panel.Version, declineReason = "Op vakantie" }, no.AadObjectId);
        panel = await PanelKit.PanelAsync(app);

        var body = await MoveAsync(app, panel, moveTo, "Zaal 4.12");

        Assert.Contains(moveTo.ToString("dddd d MMMM yyyy", dutch), body);
        Assert.Contains("Verzetten", body);
        var after = (await PanelKit.MembersAsync(app)).ToDictionary(m => m.Id);
        Assert.Equal(MemberStatus.Invited, after[yes.Id].Status);
        Assert.Null(after[yes.Id].AnsweredAt);
        Assert.Equal(MemberStatus.Declined, after[no.Id].Status);
        Assert.Equal(MemberStatus.Invited, after[silent.Id].Status);
        var askedAgain = members.Where(m => after[m.Id].Status == MemberStatus.Invited).ToList();
        var moved = await PanelKit.OutboxAsync(app, "panel-moved:");
        Assert.Equal(askedAgain.Select(m => m.AadObjectId).Order(), moved.Select(m => m.RecipientAadObjectId!).Order());
        foreach (var member in askedAgain)
        {
            var card = await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "verzet naar " + moveTo.ToString("dddd d MMMM yyyy", dutch));
            Assert.Contains("invitation.accept", card);
            Assert.Contains("Zaal 4.12", card);
        }
        Assert.DoesNotContain(moved, m => m.RecipientAadObjectId == no.AadObjectId);
        var told = await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("is verzet") == true);
        Assert.Contains(moveTo.ToString("d MMMM yyyy", dutch) + " om 14:00 (Zaal 4.12)", told.Text);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        await using var db = await IntakeTranscriptTests.Db(app);
        var audit = await db.Set<AuditEntry>().SingleAsync(a => a.SubjectId == casus.Reference && a.SubjectType == "casus" && a.Action == "verzet");
        Assert.Equal($"{NextMonth:yyyy-MM-dd} 14:00 → {moveTo:yyyy-MM-dd} 14:00", audit.Details);
    }

    [Fact]
    public async Task The_same_date_again_or_a_date_in_the_past_is_refused_and_nobody_hears_anything()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, First);

        var same = await MoveAsync(app, panel, First, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123");
        var past = await MoveAsync(app, panel, DateOnly.FromDateTime(FridayMorning.UtcDateTime).AddDays(-1), "Zaal 4.12");

        Assert.Contains("Er is niets gewijzigd", same);
        Assert.Contains("verleden", past);
        Assert.Equal(panel.Version, (await PanelKit.PanelAsync(app)).Version);
        Assert.Equal(First, (await PanelKit.PanelAsync(app)).SessionDate);
        Assert.Empty(await PanelKit.OutboxAsync(app, "panel-moved:"));
    }

    [Fact]
    public async Task A_member_reminded_before_the_move_is_reminded_again_after_it()
    {
        var clock = new FakeTimeProvider(FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, First);
        var reminder = app.Services.GetRequiredService<InvitationReminder>();
        clock.SetUtcNow(FridayMorning.AddDays(4));                        // Tuesday: two working days
        await reminder.RunAsync(CancellationToken.None);
        var members = await PanelKit.MembersAsync(app);
        Assert.Equal(members.Count, (await PanelKit.OutboxAsync(app, "panel-reminder:")).Count);

        await MoveAsync(app, await PanelKit.PanelAsync(app), Moved, "Zaal 4.12");
        Assert.All(await PanelKit.MembersAsync(app), m => Assert.Null(m.RemindedAt));
        clock.SetUtcNow(FridayMorning.AddDays(6));                        // Thursday: two working days after the move
        await reminder.RunAsync(CancellationToken.None);

        var reminders = await PanelKit.OutboxAsync(app, "panel-reminder:");
        Assert.Equal(members.Count * 2, reminders.Count);
        Assert.Equal(members.Count, reminders.Count(r => r.ActivityJson.Contains("donderdag 17 december 2026")));
    }

    private static Task<string> MoveAsync(Support.BotApp app, Panel panel, DateOnly date, string place) =>
        PanelKit.CoordinatorAsync(app, "panel.schedule", new
        {
            panelId = panel.Id, version = panel.Version, sessionDate = date.ToString("yyyy-MM-dd"), sessionTime = "14:00", place,
        });
}

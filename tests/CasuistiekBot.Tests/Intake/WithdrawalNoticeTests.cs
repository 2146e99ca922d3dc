using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Panels;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Panels;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Intake;

/// <summary>
/// The author withdraws a casus that was already planned: the coordinators hear it, the triage and panel cards show it,
/// and everyone invited hears that the session is off, without learning who raised it; reminders stop.
/// </summary>
public sealed class WithdrawalNoticeTests
{
    private const string Reason = "Het is intussen opgelost met mijn teamleider.";
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Theory]
    [InlineData("2")]   // confidential
    [InlineData("3")]   // anonymous
    public async Task Withdrawing_a_scheduled_casus_tells_the_coordinators_and_every_invited_member_without_naming_the_author(string visibility)
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app, visibility);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var members = await PanelKit.MembersAsync(app);
        await PanelKit.PersonAsync(app, "invitation.accept", new { invitationId = members[0].Id, version = panel.Version }, members[0].AadObjectId);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var (answer, _) = await app.ClickAsync("cases.withdraw", new { casusId = casus.Id.ToString(), reason = Reason });
        Assert.Contains("cases.mine", answer!.ToJsonString());   // the author's detail card, withdrawn
        await app.DeliverAllAsync();

        Assert.Single(TriageKit.SentTo(app, TriageKit.Channel), a => a.Text == $"Casus {casus.Reference} is ingetrokken door de inbrenger. Reden: {Reason}");
        var triageCard = await LastShownAsync(app, $"triage:{casus.Id:N}");
        Assert.Contains("Ingetrokken", triageCard);
        var panelCard = await LastShownAsync(app, $"panel:{panel.Id:N}");
        Assert.Contains("Ingetrokken door de inbrenger", panelCard);
        Assert.DoesNotContain("panel.send", panelCard);
        Assert.DoesNotContain("panel.add", panelCard);
        Assert.DoesNotContain("panel.remove", panelCard);

        foreach (var member in members.Where(m => m.InvitedAt is not null))
        {
            var received = await SentToMemberAsync(app, member.AadObjectId);
            Assert.Contains(received, a => a.Text?.Contains($"Het panel voor {casus.Reference}") == true && a.Text.Contains("gaat niet door"));
            // The last invitation card their chats got (an update of the first, or a new post where the chat changed).
            var invitation = TriageKit.CardJson(received.Last(a => TriageKit.CardJson(a).Contains("invitation.refresh")));
            Assert.Contains("gaat niet door", invitation);
            Assert.DoesNotContain("invitation.accept", invitation);
            Assert.DoesNotContain(received, a => (a.Text ?? "").Contains(SessionAuthor) || TriageKit.CardJson(a).Contains(SessionAuthor));
        }
    }

    [Fact]
    public async Task Invitation_reminders_waiting_to_go_out_are_dropped_and_no_new_ones_come()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(friday);
        await using var app = await PanelKit.StartAsync(clock, new Dictionary<string, string?> { ["Delivery:WorkerEnabled"] = "false" });
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, new DateOnly(2026, 12, 10));
        var reminder = app.Services.GetRequiredService<InvitationReminder>();
        clock.SetUtcNow(friday.AddDays(4));   // Tuesday: two working days later
        await reminder.RunAsync(CancellationToken.None);
        Assert.NotEmpty(await PanelKit.OutboxAsync(app, "panel-reminder:"));
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        await app.ClickAsync("cases.withdraw", new { casusId = casus.Id.ToString(), reason = Reason });
        clock.SetUtcNow(friday.AddDays(5));
        Assert.Equal(0, await reminder.RunAsync(CancellationToken.None));
        Assert.Empty(await PanelKit.OutboxAsync(app, "panel-reminder:"));
        await app.DeliverAllAsync();

        var toMembers = app.Connector.Requests.Where(r => r.Activity is not null && r.ConversationId != TriageKit.Channel && r.ConversationId != "a:personal-1")
            .Select(r => r.Activity!).ToList();
        Assert.DoesNotContain(toMembers, a => TriageKit.CardJson(a).Contains("Herinnering"));
        Assert.Equal((await PanelKit.MembersAsync(app)).Count, toMembers.Count(a => a.Text?.Contains("gaat niet door") == true));
    }

    private const string SessionAuthor = "Test Gebruiker";

    /// <summary>What the card posted under <paramref name="replacesKey"/> shows now: the body of the last update to it.</summary>
    private static async Task<string> LastShownAsync(BotApp app, string replacesKey)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        var ids = (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ReplacesKey == replacesKey && m.SentActivityId != null)
            .Select(m => m.SentActivityId!).ToListAsync()).ToHashSet();
        return TriageKit.CardJson(app.Connector.Requests.Last(r => r.Method == "PUT" && r.ActivityId is not null && ids.Contains(r.ActivityId)).Activity!);
    }

    private static async Task<List<Framework.Schema.Activity>> SentToMemberAsync(BotApp app, string aad)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        var conversations = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.RecipientAadObjectId == aad && m.ConversationId != null)
            .Select(m => m.ConversationId!).Distinct().ToListAsync();
        return app.Connector.Requests.Where(r => r.Method is "POST" or "PUT" && r.Activity is { Type: "message" } && conversations.Contains(r.ConversationId!))
            .Select(r => r.Activity!).ToList();
    }
}

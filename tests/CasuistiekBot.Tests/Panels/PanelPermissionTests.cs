using CasuistiekBot.Panels;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Panels;

/// <summary>Who may do what with panels and invitations: refused actions get a clear message and change nothing.</summary>
public sealed class PanelPermissionTests
{
    private const string Frontline = "00000000-0000-4000-8000-000000000101";
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    public static TheoryData<string, string, string> DraftRefusals => new()
    {
        { "a frontline employee removes someone", "panel.remove:frontline", "Alleen coördinatoren kunnen dit doen." },
        { "a frontline employee adds someone", "panel.add:frontline", "Alleen coördinatoren kunnen dit doen." },
        { "a frontline employee sends the invitations", "panel.send:frontline", "Alleen coördinatoren kunnen dit doen." },
        { "a panel member schedules the session", "panel.schedule:member", "Alleen coördinatoren kunnen dit doen." },
        { "a forged panel id", "panel.send:forged", "bestaat niet" },
        { "an unknown panel", "panel.remove:unknown", "bestaat niet" },
        { "a stale card version", "panel.remove:stale", "niet meer actueel" },
        { "a member id from outside this panel", "panel.remove:foreign-member", "zit niet (meer) in dit panel" },
        { "a replacement that was never offered", "panel.replace:not-offered", "hoort niet bij deze kaart" },
        { "a person not in the directory", "panel.add:unknown-person", "staat niet in de expertisegids" },
        { "a seat that does not exist", "panel.add:bad-seat", "Kies een rol" },
        { "a date that is not a date", "panel.schedule:bad-date", "begrijp ik niet" },
        { "a verb no card offers", "panel.delete", "niet (meer) beschikbaar" },
    };

    [Theory]
    [MemberData(nameof(DraftRefusals))]
    public async Task A_refused_panel_action_changes_nothing(string @case, string what, string expected)
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);
        var before = await SnapshotAsync(app);
        var member = (await PanelKit.MembersAsync(app)).First();
        var parts = what.Split(':');
        var (who, name) = parts.ElementAtOrDefault(1) switch
        {
            "frontline" => (Frontline, "Test Gebruiker"),
            "member" => (member.AadObjectId, member.Name),
            _ => (TriageKit.Coordinator1, "Pieter Jansen"),
        };
        object data = parts.ElementAtOrDefault(1) switch
        {
            "forged" => new { panelId = "'; DROP TABLE panels; --", version = panel.Version },
            "unknown" => new { panelId = Guid.NewGuid(), version = panel.Version, memberId = member.Id },
            "stale" => new { panelId = panel.Id, version = panel.Version + 3, memberId = member.Id },
            "foreign-member" => new { panelId = panel.Id, version = panel.Version, memberId = 999_999 },
            "not-offered" => new { panelId = panel.Id, version = panel.Version, memberId = member.Id },
            "unknown-person" => new { panelId = panel.Id, version = panel.Version, personId = Guid.NewGuid().ToString(), seat = PanelSeat.Expert },
            "bad-seat" => new { panelId = panel.Id, version = panel.Version, personId = PanelKit.Ruud, seat = "voorzitter" },
            "bad-date" => new { panelId = panel.Id, version = panel.Version, sessionDate = "morgen", sessionTime = "14:00", place = "Zaal 3" },
            _ => new { panelId = panel.Id, version = panel.Version, memberId = member.Id, personId = PanelKit.Ruud, seat = PanelSeat.LineManager,
                sessionDate = NextMonth.ToString("yyyy-MM-dd"), sessionTime = "14:00", place = "Zaal 3" },
        };

        var body = await PanelKit.CoordinatorAsync(app, parts[0], data, who, name);

        Assert.True(body.Contains(expected, StringComparison.Ordinal), $"{@case}: {body}");
        Assert.Equal(before, await SnapshotAsync(app));
    }

    public static TheoryData<string, string, string> InvitationRefusals => new()
    {
        { "someone answers another person's invitation", "invitation.accept:other", "niet voor jou" },
        { "a coordinator answers for a member", "invitation.decline:coordinator", "niet voor jou" },
        { "an invitation id that does not exist", "invitation.accept:unknown", "niet voor jou" },
        { "an invitation id that is not a number", "invitation.accept:garbage", "niet voor jou" },
        { "a coordinator sends the invitations twice", "panel.send:again", "al verstuurd door Pieter Jansen" },
        { "a coordinator moves the session to the date, time and place it already has", "panel.schedule:same", "niets gewijzigd" },
        { "a coordinator moves the session into the past", "panel.schedule:past", "verleden" },
    };

    [Theory]
    [MemberData(nameof(InvitationRefusals))]
    public async Task A_refused_invitation_action_changes_nothing(string @case, string what, string expected)
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, NextMonth);
        var members = await PanelKit.MembersAsync(app);
        var before = await SnapshotAsync(app);
        var parts = what.Split(':');

        var body = parts[1] switch
        {
            "other" => await PanelKit.PersonAsync(app, parts[0], new { invitationId = members[0].Id }, members[1].AadObjectId),
            "coordinator" => await PanelKit.PersonAsync(app, parts[0], new { invitationId = members[0].Id }, TriageKit.Coordinator1),
            "unknown" => await PanelKit.PersonAsync(app, parts[0], new { invitationId = 999_999 }, members[0].AadObjectId),
            "garbage" => await PanelKit.PersonAsync(app, parts[0], new { invitationId = "1 OR 1=1" }, members[0].AadObjectId),
            "same" => await PanelKit.CoordinatorAsync(app, parts[0], new
            {
                panelId = panel.Id, version = panel.Version, sessionDate = NextMonth.ToString("yyyy-MM-dd"), sessionTime = "14:00", place = panel.Place,
            }),
            "past" => await PanelKit.CoordinatorAsync(app, parts[0], new
            {
                panelId = panel.Id, version = panel.Version, sessionDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd"), sessionTime = "10:00", place = "Zaal 1",
            }),
            _ => await PanelKit.CoordinatorAsync(app, parts[0], new { panelId = panel.Id, version = panel.Version }),
        };

        Assert.True(body.Contains(expected, StringComparison.Ordinal), $"{@case}: {body}");
        Assert.Equal(before, await SnapshotAsync(app));
    }

    /// <summary>Everything an action could change: panel row, members, audit entries and queued messages.</summary>
    private static async Task<string> SnapshotAsync(CasuistiekBot.Tests.Support.BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        var panels = await db.Set<Panel>().AsNoTracking().Select(p => $"{p.Status}|{p.Version}|{p.SessionDate}|{p.Place}").ToListAsync();
        var members = await db.Set<PanelMember>().AsNoTracking().OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.AadObjectId}|{m.Status}|{m.OfferAadObjectId}").ToListAsync();
        var audits = await db.Set<AuditEntry>().CountAsync();
        var outbox = await db.Set<CasuistiekBot.Delivery.OutboxMessage>().CountAsync();
        return string.Join("\n", panels.Concat(members).Append($"audits {audits}").Append($"outbox {outbox}"));
    }
}

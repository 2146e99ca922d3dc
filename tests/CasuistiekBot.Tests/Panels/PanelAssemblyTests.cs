using CasuistiekBot.Cases;
using CasuistiekBot.Panels;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Panels;

/// <summary>From "Naar het Spreekuur" to a panel ready to invite: the proposal, removing, adding by search, involved people, date and place.</summary>
public sealed class PanelAssemblyTests
{
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task Sending_a_casus_to_the_spreekuur_posts_a_proposed_panel_with_reasons_to_the_channel()
    {
        await using var app = await PanelKit.StartAsync();

        var panel = await PanelKit.ToSpreekuurAsync(app);

        var card = TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("panel.send")));
        var members = await PanelKit.MembersAsync(app);
        Assert.Equal(PanelStatus.Draft, panel.Status);
        Assert.Equal("Marieke Visser", members.Single(m => m.Seat == PanelSeat.LineManager).Name);
        Assert.Single(members, m => m.Seat == PanelSeat.Facilitator);
        Assert.InRange(members.Count(m => m.Seat == PanelSeat.Expert), 2, 4);
        Assert.All(members, m => Assert.Contains(m.Name, card));
        Assert.All(members, m => Assert.Contains($"\"memberId\":{m.Id}}}", card));
        Assert.Contains("lijnmanager van IND, Directie Asiel en Bescherming; 0 panels deze maand", card);
        Assert.Contains("voorgesteld", card);
        Assert.DoesNotContain(PanelKit.Eva, members.Select(m => m.AadObjectId));   // unavailable
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.SubjectType == PanelAudit.SubjectType && a.Action == "panel-voorgesteld"));
    }

    [Theory]
    [InlineData("IND, Asiel en Bescherming")]
    [InlineData("IND - A&B")]
    public async Task A_unit_typed_without_directie_or_by_its_alias_gets_a_line_manager_of_that_very_unit(string typed)
    {
        await using var app = await PanelKit.StartAsync();

        await PanelKit.ToSpreekuurAsync(app, unit: typed);

        var card = TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("panel.send")));
        var manager = (await PanelKit.MembersAsync(app)).Single(m => m.Seat == PanelSeat.LineManager);
        Assert.Contains(manager.AadObjectId, new[] { PanelKit.Marieke, PanelKit.Ruud });
        Assert.Contains("lijnmanager van IND, Directie Asiel en Bescherming; 0 panels deze maand", card);
        Assert.DoesNotContain("lijnmanager binnen", card);
    }

    [Fact]
    public async Task Removing_someone_takes_them_off_the_card_and_offers_the_next_best_for_the_seat()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);
        var expert = (await PanelKit.MembersAsync(app)).First(m => m.Seat == PanelSeat.Expert);

        var body = await PanelKit.CoordinatorAsync(app, "panel.remove", new { panelId = panel.Id, version = panel.Version, memberId = expert.Id });

        var removed = (await PanelKit.MembersAsync(app)).Single(m => m.Id == expert.Id);
        Assert.Equal(MemberStatus.Removed, removed.Status);
        Assert.NotNull(removed.OfferName);
        Assert.Contains($"Uitnodigen: {removed.OfferName}", body);
        Assert.Contains("panel.replace", body);
        Assert.Equal(panel.Version + 1, (await PanelKit.PanelAsync(app)).Version);
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains($"Uitnodigen: {removed.OfferName}"));
    }

    [Fact]
    public async Task A_coordinator_finds_someone_by_name_and_adds_them_in_a_chosen_seat()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);

        var search = await PanelKit.CoordinatorAsync(app, "panel.search", new { panelId = panel.Id, version = panel.Version, query = "hoekstra" });
        Assert.Contains("Gevonden voor 'hoekstra'", search);
        Assert.Contains(PanelKit.Ruud, search);
        Assert.Equal(panel.Version, (await PanelKit.PanelAsync(app)).Version);   // searching changes nothing

        var nobody = await PanelKit.CoordinatorAsync(app, "panel.search", new { panelId = panel.Id, version = panel.Version, query = "zzz" });
        Assert.Contains("Niemand gevonden voor 'zzz'", nobody);

        var added = await PanelKit.CoordinatorAsync(app, "panel.add", new { panelId = panel.Id, version = panel.Version, personId = PanelKit.Ruud, seat = PanelSeat.LineManager });

        Assert.Contains("Ruud Hoekstra", added);
        Assert.Contains("toegevoegd door Pieter Jansen", added);
        Assert.Single(await PanelKit.MembersAsync(app), m => m.AadObjectId == PanelKit.Ruud && m.Status == MemberStatus.Proposed);
    }

    [Fact]
    public async Task Someone_unavailable_or_without_the_role_cannot_be_added_and_the_coordinator_hears_why()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);

        var unavailable = await PanelKit.CoordinatorAsync(app, "panel.add", new { panelId = panel.Id, version = panel.Version, personId = PanelKit.Eva, seat = PanelSeat.Expert });
        var noRole = await PanelKit.CoordinatorAsync(app, "panel.add", new { panelId = panel.Id, version = panel.Version, personId = PanelKit.Ruud, seat = PanelSeat.Facilitator });

        Assert.Contains("niet beschikbaar tot en met", unavailable);
        Assert.Contains("staat in de gids niet als gespreksleider", noRole);
        Assert.DoesNotContain(await PanelKit.MembersAsync(app), m => m.AadObjectId is PanelKit.Eva || m.AadObjectId == PanelKit.Ruud);
    }

    [Fact]
    public async Task Marking_a_seated_person_as_involved_takes_them_off_and_keeps_them_off()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);

        var body = await PanelKit.CoordinatorAsync(app, "panel.involved", new { panelId = panel.Id, version = panel.Version, personId = PanelKit.Marieke });

        Assert.Contains("Betrokken bij de casus (niet in het panel): Marieke Visser", body);
        var members = await PanelKit.MembersAsync(app);
        Assert.DoesNotContain(members, m => m.AadObjectId == PanelKit.Marieke && MemberStatus.IsSeated(m.Status));
        Assert.Equal("Ruud Hoekstra", members.Single(m => m.AadObjectId == PanelKit.Marieke && m.Status == MemberStatus.Removed).OfferName);
        var again = await PanelKit.CoordinatorAsync(app, "panel.add", new { panelId = panel.Id, version = panel.Version + 1, personId = PanelKit.Marieke, seat = PanelSeat.LineManager });
        Assert.Contains("betrokken bij de casus", again);
    }

    [Fact]
    public async Task Date_time_and_a_meeting_link_are_set_and_the_link_stays_whole()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);

        var past = await PanelKit.CoordinatorAsync(app, "panel.schedule", new { panelId = panel.Id, version = panel.Version, sessionDate = "2020-01-06", sessionTime = "14:00", place = "Zaal 3" });
        Assert.Contains("in het verleden", past);
        await PanelKit.ScheduleAsync(app, panel, NextMonth);

        var scheduled = await PanelKit.PanelAsync(app);
        Assert.Equal(NextMonth, scheduled.SessionDate);
        Assert.Equal(new TimeOnly(14, 0), scheduled.SessionTime);
        Assert.Equal("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123", scheduled.Place);
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("meetup-join") && c.Contains("14:00"));
    }

    [Fact]
    public async Task Sending_is_refused_until_there_is_a_date_and_a_place()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);

        var body = await PanelKit.CoordinatorAsync(app, "panel.send", new { panelId = panel.Id, version = panel.Version });

        Assert.Contains("Kies eerst een datum", body);
        Assert.Equal(PanelStatus.Draft, (await PanelKit.PanelAsync(app)).Status);
        Assert.Equal(CasusStatus.InTriage, (await IntakeTranscriptTests.SingleCasusAsync(app)).Status);
    }
}

using CasuistiekBot.Panels;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Panels;

/// <summary>Adding someone from the panel card, clicked twice or replayed: they are added once and the repeat sees the current card.</summary>
public sealed class PanelRepeatTests
{
    [Fact]
    public async Task Adding_the_same_person_from_the_same_card_twice_adds_them_once_and_answers_with_the_panel()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);
        var search = PanelKit.Card(await PanelKit.CoordinatorAsync(app, "panel.search", new { panelId = panel.Id, version = panel.Version, query = "hoekstra" }));
        var data = SessionKit.Inputs(search, "panel.add", new { personId = PanelKit.Ruud, seat = PanelSeat.LineManager });

        var first = await PanelKit.CoordinatorAsync(app, "panel.add", data);
        var again = await PanelKit.CoordinatorAsync(app, "panel.add", data);

        Assert.Contains("toegevoegd door Pieter Jansen", first);
        Assert.Contains("toegevoegd door Pieter Jansen", again);   // the panel card, not "the card is out of date"
        Assert.Single(await PanelKit.MembersAsync(app), m => m.AadObjectId == PanelKit.Ruud);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "panel-lid-toegevoegd"));
        Assert.Equal(panel.Version + 1, (await PanelKit.PanelAsync(app)).Version);
    }

    [Fact]
    public async Task Another_coordinator_clicking_the_same_old_card_is_told_it_is_out_of_date()
    {
        await using var app = await PanelKit.StartAsync();
        var panel = await PanelKit.ToSpreekuurAsync(app);
        var search = PanelKit.Card(await PanelKit.CoordinatorAsync(app, "panel.search", new { panelId = panel.Id, version = panel.Version, query = "hoekstra" }));
        var data = SessionKit.Inputs(search, "panel.add", new { personId = PanelKit.Ruud, seat = PanelSeat.LineManager });

        await PanelKit.CoordinatorAsync(app, "panel.add", data);
        var other = await PanelKit.CoordinatorAsync(app, "panel.add", data, TriageKit.Coordinator2, "Fatima El Amrani");

        Assert.DoesNotContain("toegevoegd door", other);
        Assert.Single(await PanelKit.MembersAsync(app), m => m.AadObjectId == PanelKit.Ruud);
    }
}

using System.Text.Json.Nodes;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals.Reporting;

/// <summary>"Nieuw signaal" for a keeper: a signal from outside, with its source; a coordinator's form has none.</summary>
public sealed class KeeperRegistrationTests
{
    [Fact]
    public async Task A_keeper_registers_a_signal_from_an_inspection_report_with_its_source()
    {
        await using var app = await IntakeKit.StartAsync();
        await SignalKit.SayAsync(app, IntakeKit.Keeper, "Ingrid Beheer", "nieuw signaal");
        var form = JsonNode.Parse(TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(IntakeKit.Keeper), a => TriageKit.CardJson(a).Contains("signal.register"))))!;
        Assert.Contains("\"id\":\"source\"", form.ToJsonString());

        var answer = await IntakeKit.ClickAsync(app, IntakeKit.Keeper, "Ingrid Beheer", "signal.register", SessionKit.Inputs(form, "signal.register", new
        {
            title = "Toezicht op terugkeer schiet tekort", description = "Het rapport noemt te lange termijnen.", category = SignalCategory.Implementation,
            owner = SignalKit.Owner, due = SessionKit.Day(40), source = "inspectie", sourceDescription = "Rapport Inspectie JenV 2026",
        }));

        Assert.Contains($"SG-{DateTime.UtcNow.Year}-0001", answer.ToJsonString());
        await using var db = await IntakeTranscriptTests.Db(app);
        var signal = await db.Set<Signal>().AsNoTracking().SingleAsync();
        Assert.Equal(SignalSource.Inspection, signal.Source);
        Assert.Equal("Rapport Inspectie JenV 2026", signal.SourceDescription);
        Assert.Equal(SignalStatus.New, signal.Status);
    }

    [Fact]
    public async Task A_coordinators_form_has_no_source_and_their_signal_counts_as_from_an_employee()
    {
        await using var app = await IntakeKit.StartAsync();
        await SignalKit.SayAsync(app, TriageKit.Coordinator1, "Coördinator", "nieuw signaal");
        var form = JsonNode.Parse(TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(TriageKit.Coordinator1), a => TriageKit.CardJson(a).Contains("signal.register"))))!;

        Assert.DoesNotContain("\"id\":\"source\"", form.ToJsonString());
        var signal = await SignalKit.RegisterAsync(app);
        Assert.Equal(SignalSource.Employee, signal.Source);
    }
}

using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Panels;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Panels;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Triage;

/// <summary>
/// A triage button that creates something (a signal, a panel) sent twice, or replayed, creates it once, and the repeat
/// is answered with the current card rather than a refusal; someone else's click on the same card is still refused.
/// </summary>
public sealed class TriageRepeatTests
{
    [Fact]
    public async Task Signaal_registreren_clicked_twice_and_replayed_registers_one_signal_and_answers_each_with_the_card()
    {
        await using var app = await SessionKit.StartAsync();
        var card = JsonNode.Parse(TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app)))!;
        var data = SessionKit.Inputs(card, "triage.signal", new
        {
            signalTitle = "Leges bij schrijnende situaties", signalCategory = SignalCategory.HarshRules, signalOwner = SessionKit.DirectorGeneral,
            signalDue = SessionKit.Day(30),
        });

        var answers = new List<string>();
        for (var i = 0; i < 3; i++) answers.Add((await SessionKit.ClickAsync(app, "triage.signal", data)).Raw);

        var reference = $"SG-{DateTime.UtcNow.Year}-0001";
        Assert.All(answers, a => Assert.Contains($"als signaal {reference}", a));
        Assert.All(answers, a => Assert.DoesNotContain("al behandeld", a));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(reference, (await db.Set<Signal>().SingleAsync()).Reference);
        await app.DeliverAllAsync();
        Assert.Single(TriageKit.SentTo(app, "a:personal-1"), m => m.Text?.Contains(reference) == true);
    }

    [Fact]
    public async Task Naar_het_Spreekuur_replayed_proposes_one_panel_and_another_coordinator_still_hears_who_was_first()
    {
        await using var app = await PanelKit.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, "2");
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var card = JsonNode.Parse(TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("triage.spreekuur"))))!;
        var data = SessionKit.Inputs(card, "triage.spreekuur");

        var (_, first) = await SessionKit.ClickAsync(app, "triage.spreekuur", data);
        var (_, replay) = await SessionKit.ClickAsync(app, "triage.spreekuur", data);
        var (_, other) = await SessionKit.ClickAsync(app, "triage.spreekuur", data, TriageKit.Coordinator2, "Fatima El Amrani");

        Assert.Contains("Pieter Jansen stuurde deze casus op", first);
        Assert.NotNull(SessionKit.Card(JsonNode.Parse(replay)!));   // the current card, not "already handled"
        Assert.Contains("Pieter Jansen stuurde deze casus op", replay);
        Assert.Contains("al behandeld door Pieter Jansen", other);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<Panel>().CountAsync());
        Assert.Equal(1, await db.Set<CasuistiekBot.Storage.AuditEntry>().CountAsync(a => a.Action == "naar-spreekuur"));
        Assert.Equal(CasusStatus.InTriage, (await db.Set<Casus>().SingleAsync()).Status);
    }
}

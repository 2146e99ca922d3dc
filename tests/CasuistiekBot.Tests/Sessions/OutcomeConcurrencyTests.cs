using CasuistiekBot.Cases;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

public sealed class OutcomeConcurrencyTests
{
    [Fact]
    public async Task Two_coordinators_recording_at_once_store_one_outcome_and_the_other_hears_who_recorded_it()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        var (opened, _) = await SessionKit.ClickAsync(app, "session.open", new { casusId });
        var (added, _) = await SessionKit.ClickAsync(app, "session.addSignal", SessionKit.Inputs(SessionKit.Card(opened)!, "session.addSignal", new
        {
            signalTitle = "Vertrektermijn", signalCategory = SignalCategory.Implementation, signalOwner = SessionKit.DirectorGeneral, signalDue = SessionKit.Day(30),
        }));
        var card = SessionKit.Card(added)!;

        var first = app.PostAsync(app.ClickAs("session.record", SessionKit.Inputs(card, "session.record", new { sharedView = "Beeld van Pieter." }), TriageKit.Coordinator1, "Pieter Jansen"));
        var second = app.PostAsync(app.ClickAs("session.record", SessionKit.Inputs(card, "session.record", new { sharedView = "Beeld van Fatima." }), TriageKit.Coordinator2, "Fatima El Amrani"));
        var bodies = await Task.WhenAll((await Task.WhenAll(first, second)).Select(r => r.Content.ReadAsStringAsync()));

        await using var db = await IntakeTranscriptTests.Db(app);
        var outcome = await db.Set<SessionOutcome>().SingleAsync();
        Assert.Single(bodies, b => b.Contains("al vastgelegd door " + outcome.RecordedByName));
        Assert.Single(bodies, b => b.Contains("Uitkomst CS-"));
        Assert.Equal(1, await db.Set<Signal>().CountAsync());
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "uitkomst-vastgelegd"));
        Assert.Equal(CasusStatus.Discussed, (await db.Set<Casus>().SingleAsync()).Status);
        // The author's message goes through the outbox, so it arrives after the turn: wait for it, then check it came once.
        static bool IsOutcomeMessage(Framework.Schema.Activity a) => a.Text?.Contains("is besproken") == true || (a.Text ?? "").Contains("Het gedeelde beeld");
        await TriageKit.WaitForAuthorMessageAsync(app, IsOutcomeMessage);
        Assert.Single(app.Connector.Activities, IsOutcomeMessage);
    }
}

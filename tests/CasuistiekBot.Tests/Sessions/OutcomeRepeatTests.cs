using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>"Uitkomst vastleggen" sent twice by the same coordinator from the same form records once and shows what it recorded.</summary>
public sealed class OutcomeRepeatTests
{
    [Fact]
    public async Task A_replayed_outcome_gets_the_recorded_summary_back_and_nothing_is_stored_or_sent_twice()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        var (opened, _) = await SessionKit.ClickAsync(app, "session.open", new { casusId });
        var (added, _) = await SessionKit.ClickAsync(app, "session.addSignal", SessionKit.Inputs(SessionKit.Card(opened)!, "session.addSignal", new
        {
            signalTitle = "Vertrektermijn", signalCategory = SignalCategory.Implementation, signalOwner = SessionKit.DirectorGeneral, signalDue = SessionKit.Day(30),
        }));
        var data = SessionKit.Inputs(SessionKit.Card(added)!, "session.record", new { sharedView = "Een gedeeld beeld." });

        var (first, _) = await SessionKit.ClickAsync(app, "session.record", data);
        var (again, againRaw) = await SessionKit.ClickAsync(app, "session.record", data);

        Assert.NotNull(SessionKit.Card(first));
        Assert.NotNull(SessionKit.Card(again));
        Assert.Contains("Een gedeeld beeld.", againRaw);
        Assert.DoesNotContain("al vastgelegd", againRaw);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<SessionOutcome>().CountAsync());
        Assert.Equal(1, await db.Set<Signal>().CountAsync());
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "uitkomst-vastgelegd"));
        await app.DeliverAllAsync();
        Assert.Single(TriageKit.SentTo(app, "a:personal-1"), a => a.Text?.Contains("Een gedeeld beeld.") == true || a.Text?.Contains("is besproken") == true);
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>ingepland → besproken → afgerond: by the last action point, by the last signal, or by a coordinator.</summary>
public sealed class CasusLifecycleTests
{
    [Fact]
    public async Task The_last_action_point_done_closes_a_casus_without_signals_and_the_author_hears_it()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        await SessionOutcomeTests.RecordAsync(app, casusId, actionPoints: 2, signals: 0);

        foreach (var (title, owner) in new[] { ("Actiepunt 1", SessionKit.Expert), ("Actiepunt 2", SessionKit.Expert2) })
        {
            var card = await SessionOutcomeTests.ActionPointCardAsync(app, title);
            await SessionKit.ClickAsync(app, "actionpoint.done", SessionKit.Inputs(card, "actionpoint.done"), owner, "Eigenaar");
            if (owner == SessionKit.Expert) Assert.Equal(CasusStatus.Discussed, (await SessionKit.CasusAsync(app, casusId)).Status);
        }

        Assert.Equal(CasusStatus.Closed, (await SessionKit.CasusAsync(app, casusId)).Status);
        Assert.Contains("is afgerond", (await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("afgerond") == true)).Text);
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Deze casus is afgerond.") && !c.Contains("session.close"));
        await using var db = await IntakeTranscriptTests.Db(app);
        var audit = await db.Set<AuditEntry>().Where(a => a.SubjectType == "casus").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["uitkomst-vastgelegd", "actiepunt-toegewezen", "actiepunt-toegewezen", "actiepunt-afgerond", "actiepunt-afgerond", "casus-afgerond"],
            audit.SkipWhile(a => a != "uitkomst-vastgelegd"));
    }

    [Fact]
    public async Task An_open_signal_keeps_the_casus_discussed_until_it_is_closed()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        await SessionOutcomeTests.RecordAsync(app, casusId, actionPoints: 1, signals: 1);
        var card = await SessionOutcomeTests.ActionPointCardAsync(app, "Actiepunt 1");
        await SessionKit.ClickAsync(app, "actionpoint.done", SessionKit.Inputs(card, "actionpoint.done"), SessionKit.Expert, "Joost Bakker");
        Assert.Equal(CasusStatus.Discussed, (await SessionKit.CasusAsync(app, casusId)).Status);

        // The owner closes the signal from their signal card: that was the last open item, so the casus is afgerond.
        Signal signal;
        await using (var db = await IntakeTranscriptTests.Db(app)) signal = await db.Set<Signal>().AsNoTracking().SingleAsync();
        var closed = await Signals.SignalKit.ClickAsync(app, signal.OwnerAadObjectId, "signal.close", signal,
            new { resolution = SignalResolution.SolvedInRules, resolutionText = "De werkinstructie is aangepast." });

        Assert.Contains("afgerond", Signals.SignalKit.Card(closed), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SignalStatus.Closed, (await Signals.SignalKit.ReloadAsync(app, signal.Id)).Status);
        Assert.Equal(CasusStatus.Closed, (await SessionKit.CasusAsync(app, casusId)).Status);
        await using var audit = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await audit.Set<AuditEntry>().CountAsync(a => a.Action == "casus-afgerond"));
    }

    [Fact]
    public async Task A_coordinator_can_close_a_discussed_casus_with_open_follow_up_and_the_author_gets_the_note()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        var summary = System.Text.Json.Nodes.JsonNode.Parse(await SessionOutcomeTests.RecordAsync(app, casusId, actionPoints: 1, signals: 0))!;

        var (_, raw) = await SessionKit.ClickAsync(app, "session.close", SessionKit.Inputs(summary, "session.close", new { closeReason = "Het actiepunt loopt via de lijn verder." }),
            TriageKit.Coordinator2, "Fatima El Amrani");

        Assert.Contains("Deze casus is afgerond.", raw);
        Assert.Equal(CasusStatus.Closed, (await SessionKit.CasusAsync(app, casusId)).Status);
        Assert.Contains("via de lijn", (await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("afgesloten") == true)).Text);
        await using var db = await IntakeTranscriptTests.Db(app);
        var entry = await db.Set<AuditEntry>().SingleAsync(a => a.Action == "afgesloten-door-coordinator");
        Assert.Equal(TriageKit.Coordinator2, entry.Actor);
        Assert.StartsWith("1 actiepunt(en) en 0 signaal/signalen nog open", entry.Details);
        var (again, _) = await SessionKit.ClickAsync(app, "session.close", SessionKit.Inputs(summary, "session.close"));
        Assert.Contains("niet meer actueel", again["value"]!.ToString());
    }

    [Theory]
    [InlineData("", "schedule", false)]
    [InlineData("", "discuss", false)]
    [InlineData("", "ask", true)]
    [InlineData("spreekuur", "schedule", true)]
    [InlineData("spreekuur", "close", false)]
    [InlineData("spreekuur schedule", "discuss", true)]
    [InlineData("spreekuur schedule", "close", false)]
    [InlineData("spreekuur schedule", "reschedule", true)]
    [InlineData("spreekuur schedule", "withdraw", true)]
    [InlineData("spreekuur schedule discuss", "close", true)]
    [InlineData("spreekuur schedule discuss", "withdraw", false)]
    [InlineData("spreekuur schedule discuss close", "discuss", false)]
    [InlineData("refer", "schedule", false)]
    [InlineData("reject", "spreekuur", false)]
    [InlineData("withdraw", "ask", false)]
    public void A_casus_moves_only_along_its_lifecycle_and_a_refused_move_changes_nothing(string path, string move, bool allowed)
    {
        var casus = new Casus
        {
            Reference = "CS-2026-0001", AuthorAadObjectId = "aad-1",
            Visibility = CasusVisibility.Named, Language = "nl", Story = "s", Wish = "advies", RoutesJson = "[]", Version = 3,
        };
        foreach (var step in path.Split(' ', StringSplitOptions.RemoveEmptyEntries)) Assert.True(Apply(casus, step).Succeeded, step);
        var (status, version) = (casus.Status, casus.Version);

        var moved = Apply(casus, move);

        Assert.Equal(allowed, moved.Succeeded);
        Assert.Equal(allowed ? moved.To : status, casus.Status);
        Assert.Equal(allowed ? version + 1 : version, casus.Version);
        Assert.Equal(allowed ? null : "session.cannotMove", moved.Refusal);
    }

    private static CasusTransition Apply(Casus casus, string move)
    {
        var at = DateTimeOffset.UnixEpoch;
        return move switch
        {
            "ask" => casus.Ask(at),
            "spreekuur" => casus.Decide(TriageVerdict.Spreekuur, at),
            "refer" => casus.Decide(TriageVerdict.Referred, at),
            "reject" => casus.Decide(TriageVerdict.Rejected, at),
            "schedule" => casus.Schedule(at),
            "reschedule" => casus.Reschedule(at),
            "discuss" => casus.Discuss(at),
            "close" => casus.Close(at),
            "withdraw" => casus.Withdraw("reden", at),
            _ => throw new ArgumentOutOfRangeException(nameof(move), move, null),
        };
    }
}

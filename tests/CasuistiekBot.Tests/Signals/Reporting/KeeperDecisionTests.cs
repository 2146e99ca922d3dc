using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals.Reporting;

/// <summary>The keeper accepts (with an owner), merges or declines a reported signal, and the reporter hears the right thing.</summary>
public sealed class KeeperDecisionTests
{
    [Fact]
    public async Task Accepted_it_goes_to_the_owner_and_the_reporter_hears_who_owns_it_and_later_what_was_done()
    {
        await using var app = await IntakeKit.StartAsync();
        var reference = IntakeKit.ReferenceOf(await IntakeKit.ReportAsync(app));
        var card = await IntakeKit.KeeperCardAsync(app, reference);

        var accepted = await IntakeKit.DecideAsync(app, card, IntakeKit.Accept, IntakeKit.AcceptInputs);

        Assert.Contains("Aangenomen; eigenaar is Marieke Visser.", accepted.ToJsonString());
        Assert.DoesNotContain("signal.intake.accept", accepted.ToJsonString());
        var signal = await SignalAsync(app, reference);
        Assert.Equal(SignalStatus.New, signal.Status);
        Assert.True(signal.IsOwnedBy(SignalKit.Owner));
        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => TriageKit.CardJson(a).Contains(reference) && TriageKit.CardJson(a).Contains("signal.close"));
        var told = await IntakeKit.ToReporterAsync(app, t => t.Contains("in behandeling genomen"));
        Assert.Contains("Marieke Visser", told.Text);

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", signal, new
        {
            resolution = "opgelost-uitvoeringsregels", resolutionText = "De werkinstructie staat nu uitstel toe bij een ziekenhuisopname.",
        });

        var feedback = await IntakeKit.ToReporterAsync(app, t => t.Contains("afgehandeld"));
        Assert.Contains(reference, feedback.Text);
        Assert.Contains("opgelost in de uitvoeringsregels", feedback.Text);
        Assert.Contains("De werkinstructie staat nu uitstel toe", feedback.Text);
    }

    [Fact]
    public async Task Merged_the_reporter_hears_into_which_signal_and_gets_that_ones_feedback_on_close()
    {
        await using var app = await IntakeKit.StartAsync();
        var existing = await SignalKit.RegisterAsync(app);
        var reference = IntakeKit.ReferenceOf(await IntakeKit.ReportAsync(app));
        var card = await IntakeKit.KeeperCardAsync(app, reference);

        var unknown = await IntakeKit.DecideAsync(app, card, IntakeKit.Merge, new { into = "SG-1999-0404" });
        var merged = await IntakeKit.DecideAsync(app, card, IntakeKit.Merge, new { into = existing.Reference.ToLowerInvariant() });

        Assert.Equal("Ik vind geen signaal met nummer 'SG-1999-0404'.", SignalKit.Text(unknown));
        Assert.Contains($"Samengevoegd met {existing.Reference}.", merged.ToJsonString());
        var signal = await SignalAsync(app, reference);
        Assert.Equal(SignalStatus.Merged, signal.Status);
        Assert.Equal(existing.Id, signal.MergedIntoId);
        var told = await IntakeKit.ToReporterAsync(app, t => t.Contains("samengevoegd"));
        Assert.Contains(existing.Reference, told.Text);
        Assert.Contains(existing.Title, told.Text);

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", existing, new
        {
            resolution = "niet-overgenomen", resolutionText = "De regel blijft zoals hij is.", motivation = "De wet laat geen ruimte.",
        });

        var feedback = await IntakeKit.ToReporterAsync(app, t => t.Contains("afgehandeld"));
        Assert.Contains($"Je signaal {reference} was samengevoegd met {existing.Reference}", feedback.Text);
        Assert.Contains("niet overgenomen", feedback.Text);
        Assert.Contains("De wet laat geen ruimte.", feedback.Text);
    }

    [Fact]
    public async Task Declined_needs_a_reason_and_the_reporter_is_told_it()
    {
        await using var app = await IntakeKit.StartAsync();
        var reference = IntakeKit.ReferenceOf(await IntakeKit.ReportAsync(app));
        var card = await IntakeKit.KeeperCardAsync(app, reference);

        var noReason = await IntakeKit.DecideAsync(app, card, IntakeKit.Decline, new { reason = " " });
        Assert.Equal(SignalStatus.Reported, (await SignalAsync(app, reference)).Status);
        var declined = await IntakeKit.DecideAsync(app, card, IntakeKit.Decline, new { reason = "Dit is al geregeld in de nieuwe werkinstructie van januari." });

        Assert.Equal("Schrijf de reden op: de melder krijgt die te lezen.", SignalKit.Text(noReason));
        Assert.Contains("Afgewezen. Reden: Dit is al geregeld", declined.ToJsonString());
        var signal = await SignalAsync(app, reference);
        Assert.Equal(SignalStatus.Declined, signal.Status);
        var told = await IntakeKit.ToReporterAsync(app, t => t.Contains("niet in behandeling genomen"));
        Assert.Contains("Reden: Dit is al geregeld in de nieuwe werkinstructie van januari.", told.Text);
    }

    [Fact]
    public async Task A_forged_or_stale_decision_is_refused_and_changes_nothing()
    {
        await using var app = await IntakeKit.StartAsync();
        var reference = IntakeKit.ReferenceOf(await IntakeKit.ReportAsync(app));
        var card = await IntakeKit.KeeperCardAsync(app, reference);
        var data = Sessions.SessionKit.Inputs(card, IntakeKit.Accept, IntakeKit.AcceptInputs);

        // The reporter (no keeper) sends the keeper's action; then the keeper with an owner outside any MT; then an old version.
        var byReporter = await IntakeKit.ClickAsync(app, IntakeKit.Reporter, IntakeKit.ReporterName, IntakeKit.Accept, data);
        var notEligible = await IntakeKit.DecideAsync(app, card, IntakeKit.Accept, new { owner = SignalKit.Outsider, category = SignalCategory.HarshRules, due = Sessions.SessionKit.Day(40) });
        var stale = new Dictionary<string, object?>(data) { ["version"] = "0" };
        var old = await IntakeKit.ClickAsync(app, IntakeKit.Keeper, "Ingrid Beheer", IntakeKit.Accept, stale);
        var unknownSignal = new Dictionary<string, object?>(data) { ["signalId"] = Guid.NewGuid().ToString() };
        var unknown = await IntakeKit.ClickAsync(app, IntakeKit.Keeper, "Ingrid Beheer", IntakeKit.Accept, unknownSignal);

        Assert.Equal("Alleen de signaalbeheerder kan dit doen.", SignalKit.Text(byReporter));
        Assert.Contains("Olaf Buiten", SignalKit.Text(notEligible));
        Assert.Contains("signal.intake.accept", old.ToJsonString());
        Assert.Equal("Dit signaal bestaat niet (meer).", SignalKit.Text(unknown));
        var signal = await SignalAsync(app, reference);
        Assert.Equal(SignalStatus.Reported, signal.Status);
        Assert.Equal("", signal.OwnerAadObjectId);
        Assert.DoesNotContain(TriageKit.SentTo(app, SignalKit.ChatOf(IntakeKit.Reporter)), a => a.Text?.Contains("in behandeling genomen") == true);

        // Decided once, a second decision on the same card is refused by the entity.
        await IntakeKit.DecideAsync(app, card, IntakeKit.Decline, new { reason = "Buiten ons werkterrein." });
        var current = new Dictionary<string, object?>(data) { ["version"] = (await SignalAsync(app, reference)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var again = await IntakeKit.ClickAsync(app, IntakeKit.Keeper, "Ingrid Beheer", IntakeKit.Accept, current);
        Assert.Equal("Dat kan niet meer: het signaal staat inmiddels op 'Afgewezen'.", SignalKit.Text(again));
        Assert.Equal(SignalStatus.Declined, (await SignalAsync(app, reference)).Status);
    }

    private static async Task<Signal> SignalAsync(Support.BotApp app, string reference)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Signal>().AsNoTracking().SingleAsync(s => s.Reference == reference);
    }
}

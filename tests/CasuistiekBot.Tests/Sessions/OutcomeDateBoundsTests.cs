using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>
/// Due dates on the outcome card (typed, or carried back in the card's draft) and on the triage card's signal form are
/// checked against their window: from today up to five years ahead.
/// </summary>
public sealed class OutcomeDateBoundsTests
{
    private const string SharedView = "Het panel ziet dat de termijn knelt.";
    private const string Refusal = "Kies een uiterste datum van vandaag of later, hooguit vijf jaar vooruit.";

    [Fact]
    public async Task Action_point_and_signal_due_dates_outside_the_window_are_refused_on_the_outcome_card()
    {
        await using var app = await SessionKit.StartAsync();
        var card = await OpenAsync(app, await SessionKit.ScheduledCasusAsync(app));

        foreach (var due in new[] { "9999-12-31", "+6y", "2020-01-01", "0001-01-01", "31-12-2030", "2030-02-30", "" })
        {
            var (_, action) = await SessionKit.ClickAsync(app, "session.addAction", SessionKit.Inputs(card, "session.addAction",
                new { sharedView = SharedView, actionText = "Werkinstructie aanvullen.", actionOwner = SessionKit.Expert, actionDue = SignalInputBoundsTests.Date(due) }));
            var (_, signal) = await SessionKit.ClickAsync(app, "session.addSignal", SessionKit.Inputs(card, "session.addSignal", new
            {
                sharedView = SharedView, signalTitle = "Termijn knelt", signalCategory = SignalCategory.HarshRules, signalOwner = SessionKit.Manager,
                signalDue = SignalInputBoundsTests.Date(due),
            }));

            Assert.True(action.Contains(Refusal, StringComparison.Ordinal), $"action point due {due}: {action}");
            Assert.True(signal.Contains(Refusal, StringComparison.Ordinal), $"signal due {due}: {signal}");
        }
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task A_forged_draft_with_a_due_date_outside_the_window_records_nothing(string forgedDue)
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        var card = await OpenAsync(app, casusId);
        var (added, raw) = await SessionKit.ClickAsync(app, "session.addAction", SessionKit.Inputs(card, "session.addAction",
            new { sharedView = SharedView, actionText = "Werkinstructie aanvullen.", actionOwner = SessionKit.Expert, actionDue = SessionKit.Day(14) }));
        card = SessionKit.Card(added) ?? throw new InvalidOperationException(raw);
        var inputs = SessionKit.Inputs(card, "session.record", new { sharedView = SharedView });
        inputs["draft"] = ((string)inputs["draft"]!).Replace(SessionKit.Day(14), forgedDue, StringComparison.Ordinal);

        var (_, recorded) = await SessionKit.ClickAsync(app, "session.record", inputs);

        Assert.Contains(Refusal, recorded);
        Assert.Equal(CasusStatus.Scheduled, (await SessionKit.CasusAsync(app, casusId)).Status);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<ActionPoint>().AnyAsync());
    }

    [Fact]
    public async Task A_signal_from_triage_due_more_than_five_years_ahead_is_refused_and_takes_no_reference()
    {
        await using var app = await SessionKit.StartAsync();
        var triage = JsonNode.Parse(TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app)))!;

        var (_, refused) = await SessionKit.ClickAsync(app, "triage.signal", SessionKit.Inputs(triage, "triage.signal", new
        {
            signalTitle = "Titel", signalCategory = SignalCategory.Ict, signalOwner = SessionKit.Manager, signalDue = "9999-12-31",
        }));

        Assert.Contains(Refusal, refused);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<Signal>().AnyAsync());
    }

    private static async Task<JsonObject> OpenAsync(Support.BotApp app, string casusId)
    {
        var (opened, raw) = await SessionKit.ClickAsync(app, "session.open", new { casusId });
        return SessionKit.Card(opened) ?? throw new InvalidOperationException(raw);
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>Recording a session outcome from the coordinators' channel, card by card, and what everyone receives.</summary>
public sealed class SessionOutcomeTests
{
    internal const string SharedView = "De regels laten geen uitstel toe, maar de planning van het vertrek kan rekening houden met de operatie van het kind (BSN 111222333).";

    [Fact]
    public async Task Recording_an_outcome_with_two_action_points_and_a_signal_stores_it_moves_the_casus_and_tells_everyone()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);

        var summary = await RecordAsync(app, casusId);

        Assert.Contains("Uitkomst CS-", summary);
        Assert.Contains("Joost Bakker", summary);
        Assert.Contains("SG-", summary);
        Assert.Contains("[BSN-1]", summary);
        Assert.DoesNotContain("111222333", summary);
        Assert.Contains("session.close", summary);
        await using var db = await IntakeTranscriptTests.Db(app);
        var casus = await db.Set<Casus>().SingleAsync();
        Assert.Equal(CasusStatus.Discussed, casus.Status);
        Assert.Contains("[BSN-1]", (await db.Set<SessionOutcome>().SingleAsync()).SharedView);
        var points = await db.Set<ActionPoint>().OrderBy(p => p.Number).ToListAsync();
        Assert.Equal([SessionKit.Expert, SessionKit.Expert2], points.Select(p => p.OwnerAadObjectId));
        Assert.All(points, p => Assert.Equal(ActionPointStatus.Open, p.Status));
        var signal = await db.Set<Signal>().SingleAsync();
        Assert.Equal((casus.Id, SessionKit.Manager, SignalStatus.New), (signal.SourceCasusId!.Value, signal.OwnerAadObjectId, signal.Status));
        var audit = await db.Set<AuditEntry>().Where(a => a.SubjectId == casus.Reference).Select(a => a.Action).ToListAsync();
        Assert.Contains("uitkomst-vastgelegd", audit);
        Assert.Equal(2, audit.Count(a => a == "actiepunt-toegewezen"));
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.SubjectId == signal.Reference && a.Action == "geregistreerd" && a.Actor == TriageKit.Coordinator1));

        var message = (await TriageKit.WaitForAuthorMessageAsync(app, m => m.Text?.Contains("Het gedeelde beeld") == true)).Text!;
        Assert.Contains("[BSN-1]", message);
        Assert.Contains("actiepunt 1: Werkinstructie aanvullen", message);
        Assert.Contains(signal.Reference + " 'Vertrektermijn en medische behandeling', eigenaar Marieke Visser (MT Asiel en Bescherming)", message);
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Uitkomst CS-") && c.Contains(signal.Reference));
    }

    [Fact]
    public async Task An_action_point_owner_whose_Teams_speaks_English_gets_the_card_in_English()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        var said = app.Message("help", "a:personal-" + SessionKit.Expert, locale: "en-GB") with
        {
            From = new Framework.Schema.ChannelAccount { Id = "29:" + SessionKit.Expert, Name = "Joost Bakker", AadObjectId = SessionKit.Expert },
        };
        (await app.PostAsync(said)).EnsureSuccessStatusCode();

        await RecordAsync(app, casusId);

        var english = (await ActionPointCardAsync(app, "Action point 1 of case")).ToJsonString();
        Assert.Contains("when it is finished", english);
        Assert.DoesNotContain("Afgerond", english);
        Assert.Contains("Dit actiepunt is voor jou afgesproken", (await ActionPointCardAsync(app, "Actiepunt 2 van casus")).ToJsonString());
    }

    [Fact]
    public async Task Each_action_point_owner_gets_a_card_in_a_new_personal_chat_and_only_the_owner_can_mark_it_done()
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        await RecordAsync(app, casusId);

        var ownerCard = await ActionPointCardAsync(app, "Actiepunt 1");
        // Each owner's chat is created by the delivery worker, one after the other: wait for both.
        foreach (var owner in new[] { SessionKit.Expert, SessionKit.Expert2 })
        {
            await Caching.Eventually.TrueAsync(() => Task.FromResult(app.Connector.CreatedConversations.Any(c => c.ToJsonString().Contains(owner))),
                $"no conversation was created for {owner}");
        }
        var done = SessionKit.Inputs(ownerCard, "actionpoint.done");

        var (stranger, _) = await SessionKit.ClickAsync(app, "actionpoint.done", done, SessionKit.Expert2, "Anouk de Boer");
        Assert.Contains("niet aan jou toegewezen", stranger["value"]!.ToString());
        var (answer, raw) = await SessionKit.ClickAsync(app, "actionpoint.done", done, SessionKit.Expert, "Joost Bakker");

        Assert.Contains("Afgerond op", raw);
        Assert.False(SessionKit.Offers(SessionKit.Card(answer)!, "actionpoint.done"));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal([ActionPointStatus.Done, ActionPointStatus.Open], await db.Set<ActionPoint>().OrderBy(p => p.Number).Select(p => p.Status).ToListAsync());
        Assert.Equal(CasusStatus.Discussed, (await db.Set<Casus>().SingleAsync()).Status);
        Assert.Single(await db.Set<AuditEntry>().Where(a => a.Action == "actiepunt-afgerond" && a.Actor == SessionKit.Expert).ToListAsync());
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("✓ 1. Werkinstructie"));
    }

    /// <summary>Opens the outcome card through the command in the channel, adds two action points and a signal, records it.</summary>
    internal static async Task<string> RecordAsync(Support.BotApp app, string casusId, int actionPoints = 2, int signals = 1, DateOnly? due = null)
    {
        await app.PostAsync(app.InChannel("uitkomst", TriageKit.Coordinator1));
        var pick = app.Messages.Select(TriageKit.CardJson).Last(c => c.Contains("session.open"));
        Assert.Contains(casusId, pick);
        var (opened, _) = await SessionKit.ClickAsync(app, "session.open", new { casusId });
        var card = SessionKit.Card(opened)!;
        string[] owners = [SessionKit.Expert, SessionKit.Expert2];
        string[] texts = ["Werkinstructie aanvullen met een voorbeeld over medische omstandigheden.", "Vertrekplanning afstemmen met de DT&V."];
        for (var i = 0; i < actionPoints; i++)
        {
            var (added, raw) = await SessionKit.ClickAsync(app, "session.addAction", SessionKit.Inputs(card, "session.addAction",
                new { sharedView = SharedView, actionText = texts[i], actionOwner = owners[i], actionDue = due is { } day ? day.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : SessionKit.Day(14 + i) }));
            card = SessionKit.Card(added) ?? throw new InvalidOperationException(raw);
        }
        for (var i = 0; i < signals; i++)
        {
            var (added, raw) = await SessionKit.ClickAsync(app, "session.addSignal", SessionKit.Inputs(card, "session.addSignal",
                new
                {
                    sharedView = SharedView, signalTitle = "Vertrektermijn en medische behandeling", signalDescription = "Termijnen houden geen rekening met lopende behandelingen.",
                    signalCategory = SignalCategory.HarshRules, signalOwner = SessionKit.Manager, signalDue = SessionKit.Day(40),
                }));
            card = SessionKit.Card(added) ?? throw new InvalidOperationException(raw);
        }
        Assert.Contains("[BSN-1]", card["body"]!.ToJsonString());
        var (recorded, summary) = await SessionKit.ClickAsync(app, "session.record", SessionKit.Inputs(card, "session.record", new { sharedView = SharedView }));
        Assert.NotNull(SessionKit.Card(recorded));
        return summary;
    }

    internal static async Task<System.Text.Json.Nodes.JsonNode> ActionPointCardAsync(Support.BotApp app, string title)
    {
        await app.DeliverAllAsync();
        var card = app.Connector.Activities.Select(TriageKit.CardJson).FirstOrDefault(c => c.Contains("actionpoint.done") && c.Contains(title))
            ?? throw new InvalidOperationException("No action-point card " + title);
        return System.Text.Json.Nodes.JsonNode.Parse(card)!;
    }
}

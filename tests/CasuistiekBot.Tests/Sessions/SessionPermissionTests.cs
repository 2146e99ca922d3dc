using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>
/// Who may do what with outcomes, action points and triage signals: every refused action says why and changes nothing.
/// (The triage verbs that existed before are covered by <see cref="TriagePermissionTests"/>.)
/// </summary>
public sealed class SessionPermissionTests
{
    private const string Frontline = "00000000-0000-4000-8000-000000000101";

    public static TheoryData<string, string, string> BeforeRecording => new()
    {
        { "a frontline employee opens the outcome", "session.open", "Alleen coördinatoren kunnen dit doen." },
        { "a frontline employee adds an action point", "session.addAction", "Alleen coördinatoren kunnen dit doen." },
        { "a frontline employee records the outcome", "session.record", "Alleen coördinatoren kunnen dit doen." },
        { "a forged casus id", "session.record:forged-id", "bestaat niet" },
        { "another casus that is not scheduled", "session.record:other-casus", "niet op 'ingepland'" },
        { "a stale card version", "session.record:stale", "niet meer actueel" },
        { "a draft that is not a draft", "session.record:garbage-draft", "klopt niet" },
        { "an action point owner who is not in the directory", "session.record:unknown-owner", "niet in de expertisegids" },
        { "a signal owner who is not an MT member or DG", "session.record:ineligible-signal-owner", "kan geen eigenaar van een signaal zijn" },
        { "an outcome without a shared view", "session.record:no-shared-view", "gedeelde beeld" },
        { "closing before an outcome exists", "session.close", "heeft geen sessie-uitkomst" },
        { "removing an item that is not on the card", "session.remove:bad-index", "klopt niet" },
        { "a verb no card offers", "session.delete", "niet (meer) beschikbaar" },
    };

    [Theory]
    [MemberData(nameof(BeforeRecording))]
    public async Task A_refused_outcome_action_changes_nothing(string @case, string what, string expected)
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        var (opened, _) = await SessionKit.ClickAsync(app, "session.open", new { casusId });
        var (added, _) = await SessionKit.ClickAsync(app, "session.addSignal", SessionKit.Inputs(SessionKit.Card(opened)!, "session.addSignal", new
        {
            sharedView = "Beeld.", signalTitle = "Titel", signalCategory = SignalCategory.Ict, signalOwner = SessionKit.Manager, signalDue = SessionKit.Day(9),
        }));
        var card = SessionKit.Card(added)!;
        var parts = what.Split(':');
        var data = SessionKit.Inputs(card, "session.record", new
        {
            sharedView = "Beeld.", actionText = "Doen.", actionOwner = SessionKit.Expert, actionDue = SessionKit.Day(3), kind = "action", index = "0",
        });
        switch (parts.ElementAtOrDefault(1))
        {
            case "forged-id": data["casusId"] = "'; DROP TABLE cases; --"; break;
            case "other-casus": data["casusId"] = await OtherCasusAsync(app, casusId); break;
            case "stale": data["version"] = "99"; break;
            case "garbage-draft": data["draft"] = "{\"actionPoints\":"; break;
            case "unknown-owner": data["draft"] = Draft(card, point: ("00000000-0000-4000-8000-00000000ffff", "Niemand")); break;
            case "ineligible-signal-owner": data["draft"] = Draft(card, signalOwner: SessionKit.Expert); break;
            case "no-shared-view": data["sharedView"] = "  "; break;
            case "bad-index": data["index"] = "7"; break;
        }
        var (who, name) = @case.StartsWith("a frontline", StringComparison.Ordinal) ? (Frontline, SessionKit.AuthorName) : (TriageKit.Coordinator1, "Pieter Jansen");

        var (body, _) = await SessionKit.ClickAsync(app, parts[0], data, who, name);

        var answer = body["value"]!.ToString();
        Assert.True(answer.Contains(expected, StringComparison.Ordinal), $"{@case}: {answer}");
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(CasusStatus.Scheduled, (await db.Set<Casus>().SingleAsync(c => c.Id == Guid.Parse(casusId))).Status);
        Assert.Equal(0, await db.Set<SessionOutcome>().CountAsync());
        Assert.Equal(0, await db.Set<ActionPoint>().CountAsync());
        Assert.Equal(0, await db.Set<Signal>().CountAsync());
        Assert.Equal(0, await db.Set<AuditEntry>().CountAsync(a => a.Action == "uitkomst-vastgelegd" || a.Action.StartsWith("afgesloten")));
    }

    public static TheoryData<string, string, string> AfterRecording => new()
    {
        { "someone else marks an action point done", "actionpoint.done:someone-else", "niet aan jou toegewezen" },
        { "the coordinator marks an owner's action point done", "actionpoint.done:coordinator", "niet aan jou toegewezen" },
        { "a forged action point id", "actionpoint.done:forged-id", "bestaat niet" },
        { "a stale action-point card", "actionpoint.done:stale", "niet meer actueel" },
        { "a frontline employee closes the casus", "session.close:frontline", "Alleen coördinatoren kunnen dit doen." },
        { "a second outcome for the same casus", "session.record", "al vastgelegd door Pieter Jansen" },
    };

    [Theory]
    [MemberData(nameof(AfterRecording))]
    public async Task A_refused_action_on_a_recorded_outcome_changes_nothing(string @case, string what, string expected)
    {
        await using var app = await SessionKit.StartAsync();
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        var summary = JsonNode.Parse(await SessionOutcomeTests.RecordAsync(app, casusId, actionPoints: 1, signals: 0))!;
        var ownerCard = await SessionOutcomeTests.ActionPointCardAsync(app, "Actiepunt 1");
        var parts = what.Split(':');
        var data = parts[0] switch
        {
            "actionpoint.done" => SessionKit.Inputs(ownerCard, "actionpoint.done"),
            "session.close" => SessionKit.Inputs(summary, "session.close"),
            _ => new Dictionary<string, object?> { ["casusId"] = casusId, ["version"] = "1", ["sharedView"] = "Nog een beeld.", ["draft"] = "{\"actionPoints\":[],\"signals\":[]}" },
        };
        if (parts.ElementAtOrDefault(1) == "forged-id") data["actionPointId"] = Guid.NewGuid().ToString();
        if (parts.ElementAtOrDefault(1) == "stale") data["version"] = "0";
        var (who, name) = parts.ElementAtOrDefault(1) switch
        {
            "someone-else" => (SessionKit.Expert2, "Anouk de Boer"),
            "frontline" => (Frontline, SessionKit.AuthorName),
            "forged-id" or "stale" => (SessionKit.Expert, "Joost Bakker"),
            _ => (TriageKit.Coordinator1, "Pieter Jansen"),
        };

        var (body, _) = await SessionKit.ClickAsync(app, parts[0], data, who, name);

        var answer = body["value"]!.ToString();
        Assert.True(answer.Contains(expected, StringComparison.Ordinal), $"{@case}: {answer}");
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(CasusStatus.Discussed, (await db.Set<Casus>().SingleAsync()).Status);
        Assert.Equal(ActionPointStatus.Open, (await db.Set<ActionPoint>().SingleAsync()).Status);
        Assert.Equal("Werkinstructie aanvullen met een voorbeeld over medische omstandigheden.", (await db.Set<ActionPoint>().SingleAsync()).Text);
        Assert.Equal(1, await db.Set<SessionOutcome>().CountAsync());
        Assert.Equal(0, await db.Set<AuditEntry>().CountAsync(a => a.Action == "actiepunt-afgerond" || a.Action.StartsWith("afgesloten")));
    }

    public static TheoryData<string, string, string> Triage => new()
    {
        { "a frontline employee registers a signal", "triage.signal:frontline", "Alleen coördinatoren kunnen dit doen." },
        { "a stale triage card", "triage.signal:stale", "al besloten" },
        { "a signal owner who is not an MT member or DG", "triage.signal:ineligible", "kan geen eigenaar van een signaal zijn" },
        { "a signal without a category", "triage.signal:no-category", "categorie" },
        { "a plain referral to the signals route", "triage.refer", "Signaal registreren" },
    };

    [Theory]
    [MemberData(nameof(Triage))]
    public async Task A_refused_signal_registration_on_the_triage_card_changes_nothing(string @case, string what, string expected)
    {
        await using var app = await SessionKit.StartAsync();
        var triage = JsonNode.Parse(TriageKit.CardJson(await TriageKit.SubmitCasusAsync(app)))!;
        var parts = what.Split(':');
        var data = SessionKit.Inputs(triage, "triage.signal", new
        {
            signalTitle = "Titel", signalCategory = SignalCategory.WorkProcess, signalOwner = SessionKit.Manager, signalDue = SessionKit.Day(10),
            route = "signaal-beleid", motivation = "Structureel.",
        });
        if (parts.ElementAtOrDefault(1) == "stale") data["version"] = "42";
        if (parts.ElementAtOrDefault(1) == "ineligible") data["signalOwner"] = SessionKit.Expert;
        if (parts.ElementAtOrDefault(1) == "no-category") data["signalCategory"] = "iets-anders";
        var (who, name) = parts.ElementAtOrDefault(1) == "frontline" ? (Frontline, SessionKit.AuthorName) : (TriageKit.Coordinator1, "Pieter Jansen");

        var (body, _) = await SessionKit.ClickAsync(app, parts[0], data, who, name);

        var answer = body["value"]!.ToString();
        Assert.True(answer.Contains(expected, StringComparison.Ordinal), $"{@case}: {answer}");
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(CasusStatus.Submitted, (await db.Set<Casus>().SingleAsync()).Status);
        Assert.Equal(0, await db.Set<TriageDecision>().CountAsync());
        Assert.Equal(0, await db.Set<Signal>().CountAsync());
    }

    [Fact]
    public async Task Only_coordinators_can_ask_for_the_outcome_card_and_only_in_the_channel_or_their_own_chat()
    {
        await using var app = await SessionKit.StartAsync();
        await SessionKit.ScheduledCasusAsync(app);

        var reply0 = await app.ReplyAsync(app.InChannel("uitkomst", Frontline, SessionKit.AuthorName));
        Assert.Contains("Alleen coördinatoren kunnen dit doen.", reply0.Text);
        var groupChat = app.InChannel("uitkomst", TriageKit.Coordinator1) with
        {
            Conversation = new CasuistiekBot.Framework.Schema.ConversationAccount { Id = "19:groepschat@thread.v2", ConversationType = "groupChat", IsGroup = true },
        };
        var reply1 = await app.ReplyAsync(groupChat);
        Assert.Contains("persoonlijke chat met mij of in het coördinatoren-kanaal", reply1.Text);
        Assert.DoesNotContain(app.Messages, m => TriageKit.CardJson(m).Contains("session.open"));
    }

    private static async Task<string> OtherCasusAsync(Support.BotApp app, string scheduled)
    {
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        await using var db = await IntakeTranscriptTests.Db(app);
        var other = await db.Set<Casus>().SingleAsync(c => c.Id != Guid.Parse(scheduled));
        Assert.Equal(CasusStatus.Submitted, other.Status);
        return other.Id.ToString();
    }

    private static string Draft(JsonNode card, (string Id, string Name)? point = null, string? signalOwner = null)
    {
        var draft = JsonNode.Parse(SessionKit.Data(card, "session.record")["draft"]!.GetValue<string>())!;
        if (point is { } p) draft["actionPoints"]!.AsArray().Add(new JsonObject { ["text"] = "Doen.", ["ownerId"] = p.Id, ["ownerName"] = p.Name, ["due"] = SessionKit.Day(3) });
        if (signalOwner is not null) draft["signals"]![0]!["ownerId"] = signalOwner;
        return draft.ToJsonString();
    }
}

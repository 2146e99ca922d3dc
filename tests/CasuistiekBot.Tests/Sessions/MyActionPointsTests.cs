using CasuistiekBot.Cases;
using CasuistiekBot.Sessions;
using CasuistiekBot.Storage;
using CasuistiekBot.Tasks;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Sessions;

/// <summary>"Mijn actiepunten" / "my action points": a person's own open action points as a list, then each card with "Afgerond".</summary>
public sealed class MyActionPointsTests
{
    private const string FirstText = "Werkinstructie aanvullen";
    private const string SecondText = "Vertrekplanning afstemmen";

    [Fact]
    public async Task An_owner_sees_their_open_action_point_with_the_overdue_mark_then_its_card()
    {
        await using var app = await SessionKit.StartAsync();
        var casus = await RecordedAsync(app);
        await MoveDueDateAsync(app, 1, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, SessionKit.Expert, "Joost Bakker", "mijn actiepunten");

        var chat = MyTasksKit.ChatOf(SessionKit.Expert);
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Mijn actiepunten")));
        Assert.Contains("Open actiepunten op jouw naam: 1.", list);
        Assert.Contains($"{casus.Reference} · actiepunt 1", list);
        Assert.Contains(FirstText, list);
        Assert.Contains("Over de uiterste datum", list);
        Assert.DoesNotContain(SecondText, list);
        var card = Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "actionpoint.done", 1));
        Assert.Contains($"Actiepunt 1 van casus {casus.Reference}", card);
        Assert.Contains("Afgerond", card);
    }

    [Fact]
    public async Task Each_owner_sees_only_their_own_and_someone_without_action_points_sees_none()
    {
        await using var app = await SessionKit.StartAsync();
        var casus = await RecordedAsync(app);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, SessionKit.Expert2, "Anouk de Boer", "mijn actiepunten");
        await MyTasksKit.SayAsync(app, SessionKit.Manager, "Marieke Visser", "mijn actiepunten");

        var chat = MyTasksKit.ChatOf(SessionKit.Expert2);
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Mijn actiepunten")));
        Assert.Contains($"{casus.Reference} · actiepunt 2", list);
        Assert.DoesNotContain(FirstText, list);
        var card = Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "actionpoint.done", 1));
        Assert.Contains(SecondText, card);
        var managers = await MyTasksKit.AllSentToAsync(app, MyTasksKit.ChatOf(SessionKit.Manager));
        Assert.Contains("Er staan geen open actiepunten op jouw naam. Actiepunten van anderen laat ik hier niet zien.", managers);
        Assert.DoesNotContain(casus.Reference, managers);
        Assert.DoesNotContain(await MyTasksKit.AllSentToAsync(app, chat), FirstText);
    }

    [Fact]
    public async Task An_english_owner_gets_the_list_and_the_card_in_english()
    {
        await using var app = await SessionKit.StartAsync();
        var casus = await RecordedAsync(app);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, SessionKit.Expert, "Joost Bakker", "my action points", "en-US");

        var chat = MyTasksKit.ChatOf(SessionKit.Expert);
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("My action points")));
        Assert.Contains("Open action points in your name: 1.", list);
        Assert.Contains($"{casus.Reference} · action point 1", list);
        Assert.Contains("“my tasks”", list);
        var card = Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "actionpoint.done", 1));
        Assert.Contains($"Action point 1 of case {casus.Reference}", card);
        Assert.Contains("\"Done\"", card);
    }

    [Fact]
    public async Task In_a_channel_the_bot_points_to_the_personal_chat_and_shows_no_action_point()
    {
        await using var app = await SessionKit.StartAsync();
        await RecordedAsync(app);
        var before = await MyTasksKit.AllDeliveredAsync(app);

        (await app.PostAsync(app.InChannel("mijn actiepunten", SessionKit.Expert, "Joost Bakker"))).EnsureSuccessStatusCode();

        // The coordinators' outcome card in this channel names the action points; the answer to the command must not.
        var inChannel = app.Connector.Requests.Skip(before).Where(r => r.ConversationId?.StartsWith(TriageKit.Channel, StringComparison.Ordinal) == true && r.Activity is { Type: "message" })
            .Select(r => r.Activity!).ToList();
        Assert.Contains(inChannel, a => a.Text?.Contains("alleen in een persoonlijke chat met mij") == true);
        Assert.DoesNotContain(inChannel, a => SignalKit.Describe(a).Contains(FirstText));
    }

    [Fact]
    public async Task Done_on_the_card_shown_again_counts_once_and_the_action_point_leaves_the_list()
    {
        await using var app = await SessionKit.StartAsync();
        await RecordedAsync(app);
        var before = await MyTasksKit.AllDeliveredAsync(app);
        await MyTasksKit.SayAsync(app, SessionKit.Expert, "Joost Bakker", "mijn actiepunten");
        var chat = MyTasksKit.ChatOf(SessionKit.Expert);
        var card = Assert.Single(await MyTasksKit.PostedSinceAsync(app, before, chat, "actionpoint.done", 1));
        var data = SessionKit.Inputs(System.Text.Json.Nodes.JsonNode.Parse(card)!, "actionpoint.done");

        var stranger = await MyTasksKit.ClickAsync(app, SessionKit.Expert2, "actionpoint.done", data);
        var first = await MyTasksKit.ClickAsync(app, SessionKit.Expert, "actionpoint.done", data);
        var second = await MyTasksKit.ClickAsync(app, SessionKit.Expert, "actionpoint.done", data);

        Assert.Contains("niet aan jou toegewezen", stranger);
        Assert.Contains("Afgerond op", first);
        Assert.DoesNotContain("\"verb\":\"actionpoint.done\"", first);
        Assert.DoesNotContain("\"verb\":\"actionpoint.done\"", second);
        await using (var db = await IntakeTranscriptTests.Db(app))
        {
            Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(a => a.Action == "actiepunt-afgerond"));
        }
        await MyTasksKit.SayAsync(app, SessionKit.Expert, "Joost Bakker", "mijn actiepunten");
        await SignalKit.WaitForAsync(app, chat, a => a.Text?.Contains("geen open actiepunten") == true);
    }

    [Fact]
    public async Task With_more_than_ten_open_the_list_names_them_all_and_ten_cards_follow()
    {
        await using var app = await SessionKit.StartAsync();
        var casus = await RecordedAsync(app);
        await using (var db = await IntakeTranscriptTests.Db(app))
        {
            for (var number = 3; number <= 13; number++)
            {
                db.Add(new ActionPoint
                {
                    Id = Guid.NewGuid(), CasusId = casus.Id, Number = number, Text = $"Vervolgstap {number}", OwnerAadObjectId = SessionKit.Expert,
                    OwnerName = "Joost Bakker", DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20 + number), Status = ActionPointStatus.Open,
                    CreatedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        }
        var before = await MyTasksKit.AllDeliveredAsync(app);

        await MyTasksKit.SayAsync(app, SessionKit.Expert, "Joost Bakker", "mijn actiepunten");

        var chat = MyTasksKit.ChatOf(SessionKit.Expert);
        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, chat, a => TriageKit.CardJson(a).Contains("Mijn actiepunten")));
        Assert.Contains("Open actiepunten op jouw naam: 12.", list);
        Assert.Contains("Vervolgstap 13", list);
        Assert.Contains("de eerste 10, die met de vroegste uiterste datum eerst", list);
        await MyTasksKit.AllDeliveredAsync(app);
        var cards = await MyTasksKit.PostedSinceAsync(app, before, chat, "actionpoint.done", 10);
        Assert.Equal(10, cards.Count);
        Assert.Contains(cards, c => c.Contains(FirstText));
        Assert.DoesNotContain(cards, c => c.Contains("Vervolgstap 12") || c.Contains("Vervolgstap 13"));
    }

    /// <summary>A scheduled casus with its outcome recorded: action point 1 for Joost Bakker, 2 for Anouk de Boer, no signals.</summary>
    private static async Task<Casus> RecordedAsync(Support.BotApp app)
    {
        var casusId = await SessionKit.ScheduledCasusAsync(app);
        await SessionOutcomeTests.RecordAsync(app, casusId, actionPoints: 2, signals: 0);
        await SessionOutcomeTests.ActionPointCardAsync(app, "Actiepunt 2");
        return await SessionKit.CasusAsync(app, casusId);
    }

    private static async Task MoveDueDateAsync(Support.BotApp app, int number, DateOnly due)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        var point = await db.Set<ActionPoint>().SingleAsync(p => p.Number == number);
        point.DueDate = due;
        await db.SaveChangesAsync();
    }
}

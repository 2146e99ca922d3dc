using System.Text.Json.Nodes;
using CasuistiekBot.Delivery;
using CasuistiekBot.Reminders;
using CasuistiekBot.Sessions;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Sessions;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Reminders;

/// <summary>
/// An action point agreed in a session, followed up on a fake clock: the owner's reminders before and after the due
/// date with their reasons, the coordinators' escalation once it is long overdue, and silence once it is done or the
/// casus is closed. Defaults: 2 days before, then the day after the due date and every 7 days (at most 4), escalation
/// after 14 days.
/// </summary>
public sealed class ActionPointReminderTests
{
    // Monday 2 November 2026, 09:00 in Amsterdam; the action point is due on Friday 20 November.
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2026, 11, 20);
    private static readonly string OwnerChat = SignalKit.ChatOf(SessionKit.Expert);

    private static async Task<(BotApp App, FakeTimeProvider Clock, string CasusId)> StartAsync(string visibility = "2", bool delivered = true)
    {
        var clock = new FakeTimeProvider(Start);
        var settings = new Dictionary<string, string?> { ["Reminders:WorkerEnabled"] = "false" };
        // Without delivery, what the pass queues stays in the outbox, where the test can see it wait.
        if (!delivered) settings["Delivery:WorkerEnabled"] = "false";
        var app = await SessionKit.StartAsync(clock, settings);
        await SignalKit.SayAsync(app, SessionKit.Expert, "Joost Bakker", "help");
        var casusId = await SessionKit.ScheduledCasusAsync(app, visibility);
        await SessionOutcomeTests.RecordAsync(app, casusId, actionPoints: 1, signals: 0, due: Due);
        if (delivered) await app.DeliverAllAsync();
        return (app, clock, casusId);
    }

    /// <summary>Moves the clock one day at a time to 09:30 in Amsterdam and runs the follow-up pass each day.</summary>
    private static async Task RunDaysAsync(BotApp app, FakeTimeProvider clock, DateOnly until, bool delivered = true)
    {
        var sweep = app.Services.GetRequiredService<ActionPointReminderSweep>();
        for (var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1); day <= until; day = day.AddDays(1))
        {
            clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 30)), TimeSpan.Zero));
            await sweep.RunAsync(CancellationToken.None);
            if (delivered) await app.DeliverAllAsync();
        }
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(BotApp app, string kind)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(kind + ":")).OrderBy(m => m.Id).ToListAsync();
    }

    private static List<string> Reminders(BotApp app) =>
        TriageKit.SentTo(app, OwnerChat).Select(TriageKit.CardJson).Where(c => c.Contains("Herinnering:")).ToList();

    private static List<string> Escalations(BotApp app) =>
        TriageKit.ChannelActivities(app).Select(TriageKit.CardJson).Where(c => c.Contains("Escalatie: actiepunt")).ToList();

    [Fact]
    public async Task The_owner_is_reminded_before_and_after_the_due_date_with_the_reason_and_the_coordinators_hear_once_without_the_author()
    {
        var (app, clock, casusId) = await StartAsync(visibility: "3");
        await using var running = app;
        var reference = (await SessionKit.CasusAsync(app, casusId)).Reference;

        await RunDaysAsync(app, clock, new DateOnly(2027, 1, 31));

        var reminders = Reminders(app);
        Assert.Equal(5, reminders.Count);
        Assert.Contains("Herinnering: dit actiepunt vervalt over 2 dagen en staat nog open", reminders[0]);
        Assert.Contains("Herinnering: dit actiepunt is 3 dagen over de uiterste datum en staat nog open", reminders[1]);   // Saturday moved to Monday
        Assert.Contains("is 10 dagen over de uiterste datum", reminders[2]);
        Assert.Contains("is 24 dagen over de uiterste datum", reminders[4]);
        Assert.All(reminders, card => Assert.Contains("actionpoint.done", card));
        Assert.All(reminders, card => Assert.Contains($"Actiepunt 1 van casus {reference}", card));
        var keys = (await OutboxAsync(app, ActionPointReminders.Kind)).Select(m => m.IdempotencyKey[^10..]);
        Assert.Equal(["2026-11-18", "2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14"], keys);

        var escalation = Assert.Single(Escalations(app));
        Assert.Contains($"Escalatie: actiepunt 1 van casus {reference}", escalation);
        Assert.Contains("14 dagen na de uiterste datum nog open", escalation);
        Assert.Contains("Werkinstructie aanvullen", escalation);
        Assert.DoesNotContain("actionpoint.done", escalation);
        Assert.DoesNotContain(SessionKit.AuthorName, escalation);
        Assert.DoesNotContain(SessionKit.AuthorAad, escalation);
        Assert.EndsWith("2026-12-04", (await OutboxAsync(app, ActionPointEscalation.Kind)).Single().CreatedAt.ToString("yyyy-MM-dd"));
        Assert.DoesNotContain(SessionKit.AuthorName, SessionKit.SentElsewhere(app));
    }

    [Fact]
    public async Task Afgerond_on_a_reminder_is_checked_like_every_card_click_and_then_nothing_more_is_sent()
    {
        var (app, clock, _) = await StartAsync();
        await using var running = app;
        await RunDaysAsync(app, clock, new DateOnly(2026, 11, 23));
        var reminder = JsonNode.Parse(Reminders(app).Last())!;
        var click = SessionKit.Inputs(reminder, "actionpoint.done");

        var (stranger, _) = await SessionKit.ClickAsync(app, "actionpoint.done", click, SessionKit.Expert2, "Anouk de Boer");
        var tampered = new Dictionary<string, object?>(click) { ["version"] = "7" };
        var (stale, _) = await SessionKit.ClickAsync(app, "actionpoint.done", tampered, SessionKit.Expert, "Joost Bakker");
        var (done, doneRaw) = await SessionKit.ClickAsync(app, "actionpoint.done", click, SessionKit.Expert, "Joost Bakker");
        await RunDaysAsync(app, clock, new DateOnly(2027, 1, 31));

        Assert.Contains("niet aan jou toegewezen", stranger["value"]!.ToString());
        Assert.Contains("niet meer actueel", stale["value"]!.ToString());
        Assert.NotNull(SessionKit.Card(done));
        Assert.Contains("Afgerond op", doneRaw);
        Assert.Equal(["2026-11-18", "2026-11-23"], (await OutboxAsync(app, ActionPointReminders.Kind)).Select(m => m.IdempotencyKey[^10..]));
        Assert.Equal(2, Reminders(app).Count);
        Assert.Empty(Escalations(app));
    }

    [Fact]
    public async Task A_reminder_still_waiting_in_the_outbox_is_dropped_when_the_point_is_done_and_reminders_never_stack()
    {
        var (app, clock, _) = await StartAsync(delivered: false);
        await using var running = app;
        await RunDaysAsync(app, clock, new DateOnly(2026, 11, 23), delivered: false);
        var waiting = await OutboxAsync(app, ActionPointReminders.Kind);
        ActionPoint point;
        await using (var db = await IntakeTranscriptTests.Db(app)) point = await db.Set<ActionPoint>().AsNoTracking().SingleAsync();

        var (_, raw) = await SessionKit.ClickAsync(app, "actionpoint.done", new { actionPointId = point.Id.ToString(), version = point.Version.ToString() },
            SessionKit.Expert, "Joost Bakker");

        Assert.Contains("Afgerond op", raw);
        Assert.Equal(["2026-11-23"], waiting.Select(m => m.IdempotencyKey[^10..]));   // the one of the 18th was replaced
        Assert.Empty(await OutboxAsync(app, ActionPointReminders.Kind));
    }

    [Fact]
    public async Task A_coordinator_closing_the_casus_ends_the_reminders_and_the_escalation()
    {
        var (app, clock, casusId) = await StartAsync();
        await using var running = app;
        await RunDaysAsync(app, clock, new DateOnly(2026, 11, 19));
        var summary = JsonNode.Parse(TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("session.close"))))!;

        await SessionKit.ClickAsync(app, "session.close", SessionKit.Inputs(summary, "session.close", new { closeReason = "Loopt via de lijn verder." }));
        await RunDaysAsync(app, clock, new DateOnly(2027, 1, 31));

        Assert.Equal(CasuistiekBot.Cases.CasusStatus.Closed, (await SessionKit.CasusAsync(app, casusId)).Status);
        Assert.Single(Reminders(app));
        Assert.Empty(Escalations(app));
    }
}

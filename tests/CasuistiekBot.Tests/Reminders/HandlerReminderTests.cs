using CasuistiekBot.Delivery;
using CasuistiekBot.Reminders;
using CasuistiekBot.Signals;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Reminders;

/// <summary>With a behandelaar the reminders go to them, removing them drops what is queued, and the owner gets a weekly view.</summary>
public sealed class HandlerReminderTests
{
    // Monday 2 November 2026, 09:00 in Amsterdam.
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2026, 12, 18);

    private static async Task<List<OutboxMessage>> OutboxAsync(BotApp app, string prefix)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix)).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Moves the clock one day at a time to 09:30 in Amsterdam and runs a reminder pass each day.</summary>
    private static async Task RunDaysAsync(BotApp app, FakeTimeProvider clock, DateOnly until, bool delivered = true)
    {
        var sweep = app.Services.GetRequiredService<ReminderSweep>();
        for (var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1); day <= until; day = day.AddDays(1))
        {
            clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 30)), TimeSpan.Zero));
            await sweep.RunAsync(CancellationToken.None);
            if (delivered) await app.DeliverAllAsync();
        }
    }

    private static async Task<Signal> WithHandlerAsync(BotApp app, DateOnly due)
    {
        var signal = await SignalKit.RegisterAsync(app, due: due);
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.assign", signal, new { handler = SignalKit.Outsider });
        return await SignalKit.ReloadAsync(app, signal.Id);
    }

    [Fact]
    public async Task The_reminders_reach_the_behandelaar_with_their_working_card_and_not_the_owner()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await SignalKit.StartAsync(clock);
        await WithHandlerAsync(app, Due);

        await RunDaysAsync(app, clock, new DateOnly(2026, 11, 24));

        var reminders = await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix);
        Assert.Equal([(SignalKit.Outsider, "2026-11-16"), (SignalKit.Outsider, "2026-11-23")], reminders.Select(m => (m.RecipientAadObjectId, m.IdempotencyKey[^10..])));
        var card = TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Outsider), a => TriageKit.CardJson(a).Contains("Herinnering: al 10 werkdagen geen update")));
        Assert.Contains("Je bent behandelaar van dit signaal", card);
        Assert.Contains("signal.update", card);
        Assert.DoesNotContain(TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Owner)), a => TriageKit.CardJson(a).Contains("Herinnering"));
    }

    [Fact]
    public async Task Removing_the_behandelaar_drops_their_queued_reminder_and_the_owner_is_reminded_again()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await SignalKit.StartAsync(clock, new Dictionary<string, string?> { ["Delivery:WorkerEnabled"] = "false" });
        var signal = await WithHandlerAsync(app, Due);
        await RunDaysAsync(app, clock, new DateOnly(2026, 11, 16), delivered: false);
        var waiting = await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix);

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.remove", await SignalKit.ReloadAsync(app, signal.Id));
        var afterRemoval = await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix);
        await RunDaysAsync(app, clock, new DateOnly(2026, 12, 1), delivered: false);

        Assert.Equal([SignalKit.Outsider], waiting.Select(m => m.RecipientAadObjectId));
        Assert.Empty(afterRemoval);
        var told = Assert.Single(await OutboxAsync(app, $"signal:{signal.Id:N}:handler-removed:"));
        Assert.Equal(SignalKit.Outsider, told.RecipientAadObjectId);
        Assert.Equal([(SignalKit.Owner, "2026-11-30")], (await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix)).Select(m => (m.RecipientAadObjectId, m.IdempotencyKey[^10..])));
    }

    [Fact]
    public async Task The_owner_gets_a_weekly_view_of_their_signals_with_a_behandelaar_once_a_week()
    {
        var clock = new FakeTimeProvider(Start.AddMinutes(-5));   // Monday 08:55
        await using var app = await SignalKit.StartAsync(clock);
        var handled = await WithHandlerAsync(app, Due);
        var own = await SignalKit.RegisterAsync(app, due: Due);
        var digest = app.Services.GetRequiredService<HandlerDigest>();

        var early = await digest.RunAsync(CancellationToken.None);
        clock.SetUtcNow(Start.AddMinutes(5));
        var monday = await digest.RunAsync(CancellationToken.None);
        var again = await digest.RunAsync(CancellationToken.None);
        clock.SetUtcNow(Start.AddDays(7).AddHours(1));
        var nextWeek = await digest.RunAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0, 1), (early, monday, again, nextWeek));
        var views = await OutboxAsync(app, HandlerDigest.KeyPrefix);
        Assert.All(views, v => Assert.Equal(SignalKit.Owner, v.RecipientAadObjectId));
        var card = TriageKit.CardJson(await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => TriageKit.CardJson(a).Contains("Jouw signalen bij een behandelaar")));
        Assert.Contains("Jouw signalen bij een behandelaar: 1", card);
        Assert.Contains($"{handled.Reference} {handled.Title} ", card);
        Assert.Contains("behandelaar Olaf Buiten", card);
        Assert.DoesNotContain(own.Reference, card);
    }
}

using CasuistiekBot.Delivery;
using CasuistiekBot.Reminders;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Reminders;

public sealed class ReminderWorkerTests
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
            if (delivered) await DeliveredAsync(app);
        }
    }

    // What the worker queued today reaches Teams before the clock moves on, as it would in a real day.
    private static Task DeliveredAsync(BotApp app) => app.DeliverAllAsync();

    [Fact]
    public async Task Seven_weeks_of_reminders_reach_the_owner_with_their_reasons_escalate_to_the_dg_and_stop_when_closed()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await SignalKit.StartAsync(clock);
        var signal = await SignalKit.RegisterAsync(app, due: Due);

        await RunDaysAsync(app, clock, new DateOnly(2027, 1, 5));
        var closed = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", await SignalKit.ReloadAsync(app, signal.Id),
            new { resolution = "uitgezocht-afgedaan", resolutionText = "Besproken in het MT en afgedaan." });
        await RunDaysAsync(app, clock, new DateOnly(2027, 2, 28));

        Assert.Contains("Afgerond", SignalKit.Card(closed));
        var reminders = await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix);
        var days = reminders.Select(m => m.IdempotencyKey[^10..]).ToList();
        Assert.Equal(["2026-11-16", "2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14", "2026-12-15", "2026-12-18", "2026-12-28", "2027-01-04"], days);
        Assert.Contains("al 10 werkdagen geen update", reminders[0].ActivityJson);
        Assert.Contains("vervalt over 3 werkdagen", reminders[5].ActivityJson);
        Assert.Contains("vervalt vandaag", reminders[6].ActivityJson);
        Assert.Contains("5 werkdagen over de uiterste datum", reminders[7].ActivityJson);
        var escalation = Assert.Single(await OutboxAsync(app, "signal-escalation:"));
        Assert.Equal(SignalKit.Dg, escalation.RecipientAadObjectId);
        Assert.Contains("Escalatie", escalation.ActivityJson);
        Assert.EndsWith("2027-01-04", (await SignalKit.ReloadAsync(app, signal.Id)).EscalatedAt!.Value.ToString("yyyy-MM-dd"));
        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => TriageKit.CardJson(a).Contains("Herinnering: al 10 werkdagen geen update"));
        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Dg), a => TriageKit.CardJson(a).Contains("Escalatie"));
    }

    [Fact]
    public async Task A_reminder_still_waiting_in_the_outbox_is_dropped_when_the_signal_closes_and_reminders_never_stack()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await SignalKit.StartAsync(clock, new Dictionary<string, string?> { ["Delivery:WorkerEnabled"] = "false" });
        var signal = await SignalKit.RegisterAsync(app, due: Due);
        await RunDaysAsync(app, clock, new DateOnly(2026, 11, 23), delivered: false);
        var waiting = await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix);

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", await SignalKit.ReloadAsync(app, signal.Id),
            new { resolution = "meegenomen-wetswijziging", resolutionText = "Dit gaat mee in de wijziging van de Vreemdelingenwet." });

        Assert.Equal(["2026-11-23"], waiting.Select(m => m.IdempotencyKey[^10..]));   // the one of the 16th was replaced
        Assert.Empty(await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix));
    }

    [Fact]
    public async Task A_transfer_stops_the_reminders_to_the_old_owner_and_the_new_owner_starts_afresh()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await SignalKit.StartAsync(clock);
        var signal = await SignalKit.RegisterAsync(app, due: new DateOnly(2027, 3, 1));
        await RunDaysAsync(app, clock, new DateOnly(2026, 11, 17));
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.transfer", await SignalKit.ReloadAsync(app, signal.Id), new { person = SignalKit.Colleague });

        await RunDaysAsync(app, clock, new DateOnly(2026, 11, 27));
        await SignalKit.ClickAsync(app, SignalKit.Colleague, "signal.accept", await SignalKit.ReloadAsync(app, signal.Id));
        await RunDaysAsync(app, clock, new DateOnly(2026, 12, 14));

        var reminders = await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix);
        Assert.Equal([(SignalKit.Owner, "2026-11-16"), (SignalKit.Colleague, "2026-12-11")], reminders.Select(m => (m.RecipientAadObjectId, m.IdempotencyKey[^10..])));
    }

    [Fact]
    public async Task The_hosted_worker_runs_on_the_apps_clock()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await SignalKit.StartAsync(clock, new Dictionary<string, string?>
        {
            ["Reminders:WorkerEnabled"] = "true", ["Reminders:CheckInterval"] = "01:00:00", ["Digest:Enabled"] = "false",
        });
        await SignalKit.RegisterAsync(app, due: Due);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 8, 30, 0, TimeSpan.Zero));

        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => TriageKit.CardJson(a).Contains("al 10 werkdagen geen update"));
    }

    [Fact]
    public async Task Each_mt_member_gets_the_weekly_digest_once_from_monday_nine_oclock()
    {
        var clock = new FakeTimeProvider(Start.AddDays(-1));   // Sunday
        await using var app = await SignalKit.StartAsync(clock);
        await SignalKit.RegisterAsync(app, due: new DateOnly(2026, 11, 3));
        await SignalKit.RegisterAsync(app, due: new DateOnly(2027, 1, 15), owner: SignalKit.Colleague);
        var digest = app.Services.GetRequiredService<MtDigest>();

        var sunday = await digest.RunAsync(CancellationToken.None);
        clock.SetUtcNow(Start.AddMinutes(-5));   // Monday 08:55
        var early = await digest.RunAsync(CancellationToken.None);
        clock.SetUtcNow(Start.AddMinutes(5));
        var monday = await digest.RunAsync(CancellationToken.None);
        var again = await digest.RunAsync(CancellationToken.None);
        clock.SetUtcNow(Start.AddDays(7).AddHours(2));
        var nextWeek = await digest.RunAsync(CancellationToken.None);

        Assert.Equal((0, 0, 3, 0, 3), (sunday, early, monday, again, nextWeek));
        var first = (await OutboxAsync(app, "mt-digest:")).Where(m => m.IdempotencyKey.EndsWith("2026-11-02")).ToList();
        Assert.Equal(new[] { SignalKit.Owner, SignalKit.Colleague, SignalKit.Dg }.Order(), first.Select(m => m.RecipientAadObjectId!).Order());
        Assert.Contains("MT Asiel: nog 2 signalen op jullie bord", first[0].ActivityJson);
        Assert.DoesNotContain(await OutboxAsync(app, "mt-digest:"), m => m.RecipientAadObjectId == SignalKit.Outsider);
    }

    [Fact]
    public async Task The_digest_moves_to_the_next_working_day_when_monday_is_a_holiday()
    {
        var easterMonday = new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(easterMonday);
        await using var app = await SignalKit.StartAsync(clock);
        await SignalKit.RegisterAsync(app, due: new DateOnly(2027, 5, 1));
        var digest = app.Services.GetRequiredService<MtDigest>();

        var onHoliday = await digest.RunAsync(CancellationToken.None);
        clock.SetUtcNow(easterMonday.AddDays(1));
        var tuesday = await digest.RunAsync(CancellationToken.None);

        Assert.Equal((0, 3), (onHoliday, tuesday));
    }

    [Fact]
    public async Task The_time_zone_the_owners_teams_client_reports_decides_when_their_reminder_goes()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await SignalKit.StartAsync(clock);
        await SignalKit.SayAsync(app, SignalKit.Owner, "Marieke Visser", "help", timeZone: "America/New_York");
        await SignalKit.RegisterAsync(app, due: new DateOnly(2027, 3, 1));
        var sweep = app.Services.GetRequiredService<ReminderSweep>();

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 13, 55, 0, TimeSpan.Zero));   // 08:55 in New York, 14:55 in Amsterdam
        var before = await sweep.RunAsync(CancellationToken.None);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 14, 0, 0, TimeSpan.Zero));
        var at = await sweep.RunAsync(CancellationToken.None);

        Assert.Equal((0, 1), (before, at));
    }
}

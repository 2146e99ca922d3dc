using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Triage;

public sealed class OverdueReminderTests
{
    // Monday 23 November 2026, 10:00 in Amsterdam: a working day, after the reminder time.
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_casus_past_its_triage_deadline_is_flagged_and_listed_once_a_day_however_often_the_job_runs()
    {
        var clock = new FakeTimeProvider(MondayMorning.AddDays(-14));
        await using var app = await TriageKit.StartAsync(clock);
        await TriageKit.RegisterChannelAsync(app);
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        clock.SetUtcNow(MondayMorning);
        var reminder = app.Services.GetRequiredService<OverdueTriageReminder>();

        var first = await reminder.RunAsync(CancellationToken.None);
        var second = await reminder.RunAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        await using var db = await IntakeTranscriptTests.Db(app);
        var digests = await db.Set<OutboxMessage>().Where(m => m.IdempotencyKey.StartsWith("triage-overdue:")).ToListAsync();
        var digest = Assert.Single(digests);
        Assert.Contains($"CS-{MondayMorning.Year}-0001", digest.ActivityJson);
        var refreshed = await db.Set<OutboxMessage>().Where(m => m.IdempotencyKey.EndsWith(":overdue-2026-11-23")).ToListAsync();
        Assert.Contains("Over de triagetermijn", Assert.Single(refreshed).ActivityJson);
    }

    [Fact]
    public async Task Nothing_is_sent_on_a_weekend_or_before_the_reminder_time()
    {
        var clock = new FakeTimeProvider(MondayMorning.AddDays(-14));
        await using var app = await TriageKit.StartAsync(clock);
        await TriageKit.RegisterChannelAsync(app);
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var reminder = app.Services.GetRequiredService<OverdueTriageReminder>();

        clock.SetUtcNow(MondayMorning.AddDays(-1));
        Assert.Equal(0, await reminder.RunAsync(CancellationToken.None));
        clock.SetUtcNow(MondayMorning.AddHours(-3));
        Assert.Equal(0, await reminder.RunAsync(CancellationToken.None));
    }
}

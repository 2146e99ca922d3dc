using CasuistiekBot.Delivery;
using CasuistiekBot.Reminders;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Postgres;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Reminders;

public sealed class MultiInstanceReminderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Two_instances_on_one_database_send_each_reminder_and_each_digest_exactly_once(DatabaseProvider provider)
    {
        await using var postgres = provider == DatabaseProvider.Postgres ? await PostgresTestDatabase.CreateAsync() : null;
        var sqlite = Path.Combine(Directory.CreateTempSubdirectory("casuistiek-two-").FullName, "bot.db");
        var shared = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:CasuistiekDb"] = postgres?.ConnectionString ?? $"Data Source={sqlite}",
        };
        var clock = new FakeTimeProvider(Start);
        await using var a = await SignalKit.StartAsync(clock, shared);
        await using var b = await SignalKit.StartAsync(clock, shared, seed: false);
        var signal = await SignalKit.RegisterAsync(a, due: new DateOnly(2027, 3, 1));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 8, 30, 0, TimeSpan.Zero));

        var passes = Enumerable.Range(0, 4).SelectMany(_ => new[] { a, b }).Select(app => Task.Run(async () =>
        {
            await app.Services.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None);
            return await app.Services.GetRequiredService<MtDigest>().RunAsync(CancellationToken.None);
        }));
        var digests = (await Task.WhenAll(passes)).Sum();

        await using var db = await IntakeTranscriptTests.Db(a);
        var reminder = Assert.Single(await db.Set<OutboxMessage>().Where(m => m.IdempotencyKey.StartsWith(SignalPublisher.ReminderKeyPrefix)).ToListAsync());
        Assert.Equal(1, (await db.Set<Signal>().SingleAsync(s => s.Id == signal.Id)).RemindersSent);
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(e => e.SubjectId == signal.Reference && e.Action == "herinnering"));
        Assert.Equal(3, digests);
        Assert.Equal(3, await db.Set<OutboxMessage>().CountAsync(m => m.IdempotencyKey.StartsWith("mt-digest:")));
        await SignalKit.WaitForAsync(a, SignalKit.ChatOf(SignalKit.Owner), m => TriageKit.CardJson(m).Contains("al 10 werkdagen geen update"));
        Assert.Single(a.Connector.Requests.Concat(b.Connector.Requests), r => r.Activity is { } m && TriageKit.CardJson(m).Contains("al 10 werkdagen geen update"));
        Assert.Equal(OutboxStatus.Sent, (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == reminder.Id)).Status);
    }
}

using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
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

/// <summary>Who hears of signals past their due date and of the MTs' open signals: the owner above a behandelaar, and a DG for every MT under them.</summary>
public sealed class OrganisationReminderTests
{
    // Monday 2 November 2026, 09:00 in Amsterdam.
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private const string Director = "00000000-0000-4000-8000-0000000000d8";
    private const string Regulering = "MT Regulering";

    private static async Task<List<OutboxMessage>> OutboxAsync(BotApp app, string prefix)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix)).OrderBy(m => m.Id).ToListAsync();
    }

    [Fact]
    public async Task When_a_behandelaar_works_an_overdue_signal_the_owner_and_the_DG_get_the_escalation_and_the_behandelaar_does_not()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = await SignalKit.StartAsync(clock);
        var signal = await SignalKit.RegisterAsync(app, due: new DateOnly(2026, 11, 4));
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.handler.assign", signal, new { handler = SignalKit.Outsider });
        var sweep = app.Services.GetRequiredService<ReminderSweep>();

        for (var day = new DateOnly(2026, 11, 3); day <= new DateOnly(2026, 12, 31) && (await SignalKit.ReloadAsync(app, signal.Id)).EscalatedAt is null; day = day.AddDays(1))
        {
            clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 30)), TimeSpan.Zero));
            await sweep.RunAsync(CancellationToken.None);
        }
        await app.DeliverAllAsync();

        Assert.NotNull((await SignalKit.ReloadAsync(app, signal.Id)).EscalatedAt);
        var escalations = await OutboxAsync(app, $"signal-escalation:{signal.Id:N}:");
        Assert.Equal(new[] { SignalKit.Owner, SignalKit.Dg }.Order(), escalations.Select(m => m.RecipientAadObjectId!).Order());
        Assert.Contains(TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Owner)), a => TriageKit.CardJson(a).Contains(signal.Reference) && TriageKit.CardJson(a).Contains("signal.escalation"));
        Assert.DoesNotContain(TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Outsider)), a => TriageKit.CardJson(a).Contains("signal.escalation"));
        // The reminders before it went to the behandelaar, never to the owner.
        var reminders = await OutboxAsync(app, SignalPublisher.ReminderKeyPrefix);
        Assert.NotEmpty(reminders);
        Assert.All(reminders, r => Assert.Equal(SignalKit.Outsider, r.RecipientAadObjectId));
    }

    [Fact]
    public async Task A_DG_gets_the_digest_of_every_MT_in_their_dgOf()
    {
        var clock = new FakeTimeProvider(Start.AddMinutes(-5));
        await using var app = await SignalKit.StartAsync(clock);
        await using (var db = await IntakeTranscriptTests.Db(app))
        {
            db.Add(new Person { AadObjectId = Director, Name = "Gerda Generaal", Email = "gerda.generaal@jenv.example", Roles = "dg", DgOf = $"{SignalKit.Mt}|{Regulering}", UpdatedAt = Start });
            (await db.Set<Person>().SingleAsync(p => p.AadObjectId == SignalKit.Colleague)).Mt = Regulering;
            await db.SaveChangesAsync();
        }
        await SignalKit.SayAsync(app, Director, "Gerda Generaal", "help");
        await SignalKit.RegisterAsync(app, due: new DateOnly(2026, 12, 1));
        await using (var db = await IntakeTranscriptTests.Db(app))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var draft = new NewSignal("Leges bij verlenging voor minderjarigen", "De leges zijn voor gezinnen niet op te brengen.", SignalCategory.HarshRules, null,
                new SignalOwner(SignalKit.Colleague, "Sanne de Vries", Regulering), new DateOnly(2026, 12, 1));
            Assert.Null((await app.Services.GetRequiredService<SignalRegister>().RegisterAsync(db, draft, TriageKit.Coordinator1, CancellationToken.None)).Refusal);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        clock.SetUtcNow(Start.AddMinutes(5));

        await app.Services.GetRequiredService<MtDigest>().RunAsync(CancellationToken.None);
        await app.DeliverAllAsync();

        var director = (await OutboxAsync(app, "mt-digest:")).Where(m => m.RecipientAadObjectId == Director).ToList();
        Assert.Equal([$"mt-digest:{SignalKit.Mt}:{Director}:2026-11-02", $"mt-digest:{Regulering}:{Director}:2026-11-02"], director.Select(m => m.IdempotencyKey).Order(StringComparer.Ordinal));
        var cards = TriageKit.SentTo(app, SignalKit.ChatOf(Director)).Select(TriageKit.CardJson).ToList();
        Assert.Contains(cards, c => c.Contains($"{SignalKit.Mt}: nog 1 signaal op jullie bord"));
        Assert.Contains(cards, c => c.Contains($"{Regulering}: nog 1 signaal op jullie bord"));
        // A member of one MT does not get the other's.
        Assert.DoesNotContain(await OutboxAsync(app, $"mt-digest:{Regulering}:"), m => m.RecipientAadObjectId == SignalKit.Owner);
    }
}

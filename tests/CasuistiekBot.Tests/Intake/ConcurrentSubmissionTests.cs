using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Postgres;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Intake;

public sealed class ConcurrentSubmissionTests
{
    [Fact]
    public async Task Casus_submitted_at_the_same_time_get_unique_sequential_references()
    {
        await using var app = await BotApp.StartAsync();
        const int authors = 8;
        var conversations = Enumerable.Range(1, authors).Select(i => $"a:personal-{i}").ToList();
        await SubmitAllAsync(app, conversations);

        await using var db = await IntakeTranscriptTests.Db(app);
        var numbers = await db.Set<Casus>().Select(c => c.Number).OrderBy(n => n).ToListAsync();
        Assert.Equal(Enumerable.Range(1, authors), numbers);
        Assert.Equal(authors, await db.Set<Casus>().Select(c => c.Reference).Distinct().CountAsync());
    }

    // The number is claimed as the submission's last step, after the casus and its audit entry were saved under a
    // stand-in: each must end up under its own reference, and so must the triage card queued with it.
    [Theory, InlineData("Sqlite"), PostgresData("Postgres")]
    public async Task Concurrent_submissions_carry_their_own_reference_in_the_casus_its_audit_entry_and_its_triage_card(string provider)
    {
        await using var postgres = provider == "Postgres" ? await PostgresTestDatabase.CreateAsync() : null;
        await using var app = await TriageKit.StartAsync(extra: postgres is null ? null : new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:CasuistiekDb"] = postgres.ConnectionString,
        });
        await TriageKit.RegisterChannelAsync(app);
        const int authors = 6;
        await SubmitAllAsync(app, Enumerable.Range(1, authors).Select(i => $"a:personal-{i}").ToList());

        var year = DateTime.UtcNow.Year;
        var expected = Enumerable.Range(1, authors).Select(n => $"CS-{year}-{n:D4}").ToList();
        await using var db = await IntakeTranscriptTests.Db(app);
        var cases = await db.Set<Casus>().OrderBy(c => c.Number).Select(c => new { c.Reference, c.Year, c.Number }).ToListAsync();
        Assert.Equal(expected, cases.Select(c => c.Reference));
        Assert.All(cases, c => Assert.Equal(year, c.Year));
        var audited = await db.Set<AuditEntry>().Where(a => a.SubjectType == "casus" && a.Action == "ingediend").Select(a => a.SubjectId).ToListAsync();
        Assert.Equal(expected, audited.Order(StringComparer.Ordinal));

        await app.DeliverAllAsync();
        // A card may name the other cases it resembles; its own reference is its summary.
        var cards = TriageKit.ChannelActivities(app).Where(a => TriageKit.CardJson(a).Contains("triage.spreekuur")).ToList();
        Assert.Equal(expected, cards.Select(c => c.Summary).Order(StringComparer.Ordinal));
        Assert.All(cards, c => Assert.Contains(c.Summary!, TriageKit.CardJson(c)));
        Assert.DoesNotContain(cards, c => TriageKit.CardJson(c).Contains("pending:"));
    }

    private static async Task SubmitAllAsync(BotApp app, IReadOnlyList<string> conversations)
    {
        await Task.WhenAll(conversations.Select(async conversation =>
        {
            await app.SayAsync("nieuwe casus", conversationId: conversation);
            await app.SayAsync(IntakeTranscriptTests.Story, conversationId: conversation);
            await app.SayAsync("Niets.", conversationId: conversation);
            await app.SayAsync("2", conversationId: conversation);
            await app.SayAsync("geen", conversationId: conversation);
            await app.SayAsync("IND", conversationId: conversation);
            await app.SayAsync("1", conversationId: conversation);
        }));

        await Task.WhenAll(conversations.Select(conversation =>
            app.PostAsync(app.Execute("intake.submit", new { confirm = "submit" }) with
            {
                Conversation = new() { Id = conversation, ConversationType = "personal" },
            })));
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Sessions;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Cases;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Retention;

/// <summary>
/// Cases closed at chosen times, each with text in every place a casus leaves it (its own row, a question and answer, the
/// triage motivation, the session's outcome, an action point, the audit trail, a message already sent), marked with a
/// word of its own so that a dump of the database shows where any of it is left.
/// </summary>
internal static class RetentionKit
{
    public static readonly DateTimeOffset Today = new(2028, 3, 15, 9, 0, 0, TimeSpan.Zero);

    public const string Author = "00000000-0000-4000-8000-0000000000f1";
    public const string Coordinator = "00000000-0000-4000-8000-0000000000c1";

    public static Task<BotApp> StartAsync(FakeTimeProvider clock, bool job = false) => BotApp.StartAsync(authenticated: false, clock: clock,
        extra: new Dictionary<string, string?> { ["Retention:JobEnabled"] = job ? "true" : "false", ["Delivery:WorkerEnabled"] = "false" });

    /// <summary>The story of a seeded casus: <paramref name="marker"/> is in every text kept about it.</summary>
    public static string Story(string marker) => $"Mevrouw [NAAM-1] wacht op een besluit ({marker}); de termijn schuurt met de menselijke maat.";

    public static async Task<Casus> SeedClosedAsync(BotApp app, int number, DateTimeOffset closedAt, string marker, string status = CasusStatus.Closed)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        var story = Story(marker);
        var casus = new Casus
        {
            Id = Guid.NewGuid(), Reference = $"CS-{closedAt.Year}-{number:0000}", Year = closedAt.Year, Number = number,
            CreatedAt = closedAt.AddDays(-40), UpdatedAt = closedAt.AddDays(-40), TriageDueAt = closedAt.AddDays(-35),
            AuthorAadObjectId = Author, AuthorName = "Inge Inbrenger", AuthorRoute = "sealed-route-" + marker,
            Visibility = CasusVisibility.Named, Language = "nl", Wish = CasusWish.Advice, Themes = "asiel,medisch",
            Story = story, Situation = "Situatie: " + story, Chafes = "Schuurt: " + story, Tried = "Geprobeerd: " + story,
            Deadline = DateOnly.FromDateTime(closedAt.UtcDateTime), OrgUnit = "IND " + marker, Replacements = "NAAM:[NAAM-1]",
            RoutesJson = $$"""[{"route":"moreel-beraad","score":0.8,"reasonNl":"signaalwoorden: {{marker}}","reasonEn":"signal words: {{marker}}","confidential":false}]""",
        }.To(status, closedAt);
        db.Add(casus);
        db.Add(new CasusQuestion
        {
            CasusId = casus.Id, AskedByName = "Pieter Jansen", AskedByAadObjectId = Coordinator, AskedAt = closedAt.AddDays(-30),
            Question = "Wat bedoel je met " + marker + "?", Answer = "Ik bedoel " + marker + ".", AnsweredAt = closedAt.AddDays(-29),
        });
        db.Add(new TriageDecision
        {
            CasusId = casus.Id, Decision = TriageDecisions.Spreekuur, Motivation = "Motivatie " + marker,
            DecidedByName = "Pieter Jansen", DecidedByAadObjectId = Coordinator, DecidedAt = closedAt.AddDays(-28),
        });
        db.Add(new SessionOutcome
        {
            CasusId = casus.Id, SharedView = "Gedeeld beeld " + marker, RecordedByName = "Pieter Jansen",
            RecordedByAadObjectId = Coordinator, RecordedAt = closedAt.AddDays(-10),
        });
        db.Add(new ActionPoint
        {
            Id = Guid.NewGuid(), CasusId = casus.Id, Number = 1, Text = "Actie " + marker, OwnerAadObjectId = Coordinator, OwnerName = "Pieter Jansen",
            DueDate = DateOnly.FromDateTime(closedAt.UtcDateTime), Status = ActionPointStatus.Done, CreatedAt = closedAt.AddDays(-10), DoneAt = closedAt,
        });
        Audit.Casus(db, closedAt.AddDays(-40), Author, casus, "ingediend", "verhaal " + marker);
        Audit.Casus(db, closedAt, Coordinator, casus, "afgesloten-door-coordinator", "reden " + marker);
        var sent = OutboxMessage.ToConversation($"test-sent:{casus.Reference}", "msteams", "19:coordinatoren@thread.tacv2",
            MessageFactory.Text($"{casus.Reference}: {story}"));
        sent.Status = OutboxStatus.Sent;
        sent.SentAt = sent.CreatedAt = sent.UpdatedAt = sent.NextAttemptAt = closedAt;
        sent.SentActivityId = "activity-" + number;
        db.Add(sent);
        await db.SaveChangesAsync();
        return casus;
    }

    public static async Task<DatabaseDump> DumpAsync(BotApp app) => await DatabaseDump.OfSqliteAsync(Path.Combine(app.DataDirectory, "bot.db"));

    public static async Task<Casus> CasusAsync(BotApp app, Guid id)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<Casus>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public static async Task<List<AuditEntry>> AuditAsync(BotApp app, string reference)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<AuditEntry>().AsNoTracking().Where(a => a.SubjectId == reference).OrderBy(a => a.Id).ToListAsync();
    }
}

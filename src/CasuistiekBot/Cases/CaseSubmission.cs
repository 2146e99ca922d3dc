using System.Text.Json;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Cases;

/// <summary>
/// Stores a confirmed casus with its reference, its triage deadline and an audit entry, in one transaction. Nothing
/// about the author is written in it: the way back to them is sealed, an anonymous casus gets only the lookup value, and
/// the unit a named author gave is remembered afterwards, stamped with the day only.
/// </summary>
internal sealed class CaseSubmission(
    IDbContextFactory<CasuistiekDbContext> databases,
    AuthorKeys authorKeys,
    AuthorRouteSeal routes,
    WorkingDayCalendar calendar,
    IEnumerable<ICasusSubmittedListener> listeners,
    IOptions<CasesOptions> options,
    TimeProvider clock,
    ILogger<CaseSubmission> logger)
{
    public async Task<Casus> SubmitAsync(NewCasus submitted, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var anonymous = submitted.Visibility == CasusVisibility.Anonymous;
        var today = calendar.LocalDate(now);
        var usualDue = calendar.AddWorkingDays(today, options.Value.TriageWorkingDays);
        // A deadline inside the usual period would pass before coordinators look: that makes the casus urgent too.
        var urgent = submitted.Urgent || submitted.Deadline <= usualDue;
        var due = urgent ? Earliest(usualDue, calendar.AddWorkingDays(today, options.Value.UrgentTriageWorkingDays)) : usualDue;
        var route = routes.Seal(new AuthorRoute(submitted.AuthorChannelId, submitted.AuthorConversationId));
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // The whole transaction is one unit: a savepoint around SaveChanges would only cost a round trip.
        db.Database.AutoSavepointsEnabled = false;
        var strategy = db.Database.CreateExecutionStrategy();
        var stored = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var id = Guid.NewGuid();
            var casus = new Casus
            {
                Id = id,
                Reference = CasusNumbering.StandIn(id), // the number is claimed last, below
                CreatedAt = now,
                UpdatedAt = now,
                AuthorKey = anonymous ? authorKeys.For(submitted.AuthorAadObjectId) : null,
                AuthorAadObjectId = anonymous ? null : submitted.AuthorAadObjectId,
                AuthorName = anonymous ? null : submitted.AuthorName,
                AuthorRoute = route,
                Visibility = submitted.Visibility,
                Language = submitted.Language,
                Story = submitted.Story,
                Situation = submitted.Situation,
                Chafes = submitted.Chafes,
                Tried = submitted.Tried,
                Wish = submitted.Wish,
                Deadline = submitted.Deadline,
                OrgUnit = submitted.OrgUnit,
                RoutesJson = submitted.RoutesJson,
                Themes = string.Join(',', submitted.Themes),
                Replacements = submitted.Replacements,
                ScrubMemory = submitted.Memory is null ? null : JsonSerializer.Serialize(submitted.Memory, BotJson.Options),
                SafetyConcern = submitted.SafetyConcern,
                Urgent = urgent,
                AcuteDanger = submitted.AcuteDanger is { Count: > 0 } kinds ? string.Join(',', kinds) : null,
                TriageDueAt = calendar.EndOfDay(due),
                Version = 1,
            };
            // Everything is read and saved before the counter: from the number on, concurrent submissions wait for this
            // transaction, so only the number (one statement that also writes it into the casus and its audit entry),
            // the rows that show the reference (none unless a coordinators' channel is registered) and the commit follow.
            var rows = new List<SubmittedRows>();
            foreach (var listener in listeners) rows.Add(await listener.PrepareAsync(db, casus, cancellationToken));
            db.Add(casus);
            Audit.Casus(db, now, anonymous ? Audit.AnonymousAuthor : submitted.AuthorAadObjectId, casus, "ingediend",
                $"zichtbaarheid: {casus.Visibility}" + (urgent ? ", urgent" : ""));
            foreach (var added in rows) added.Unnumbered?.Invoke(casus);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            var reference = await CasusNumbering.ClaimAsync(db, casus.Reference, today.Year, cancellationToken);
            casus.Reference = reference.Text;
            casus.Year = reference.Year;
            casus.Number = reference.Number;
            foreach (var added in rows) added.Numbered?.Invoke(casus);
            if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return casus;
        });

        if (anonymous)
        {
            // No reference: a log line of this turn may carry the author's conversation (the connector's, at Debug).
            logger.LogInformation("An anonymous casus was submitted");
            return stored;
        }
        logger.LogInformation("Casus {Reference} submitted ({Visibility}, urgent: {Urgent})", stored.Reference, stored.Visibility, stored.Urgent);
        await RememberOrgUnitAsync(submitted, now, cancellationToken);
        return stored;
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    // An anonymous author's unit is not remembered: beside the unit on the casus it would point at them.
    private async Task RememberOrgUnitAsync(NewCasus submitted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(submitted.OrgUnit)) return;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var profile = await db.Set<UserProfile>().FindAsync([submitted.AuthorAadObjectId], cancellationToken);
        if (profile is null) db.Add(profile = new UserProfile { AadObjectId = submitted.AuthorAadObjectId });
        profile.OrgUnit = submitted.OrgUnit;
        profile.UpdatedAt = CoarseTime.Day(now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

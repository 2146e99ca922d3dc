using CasuistiekBot.Calendar;
using CasuistiekBot.References;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Cases;

/// <summary>Stores a confirmed casus with its reference, its triage deadline and an audit entry, in one transaction.</summary>
internal sealed class CaseSubmission(
    IDbContextFactory<CasuistiekDbContext> databases,
    AuthorKeys authorKeys,
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
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // The whole transaction is one unit: a savepoint around SaveChanges would only cost a round trip under the counter's lock.
        db.Database.AutoSavepointsEnabled = false;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Reads first: from the counter on, concurrent submissions wait for this transaction, so little may follow it.
            await RememberOrgUnitAsync(db, submitted, now, cancellationToken);
            var year = calendar.LocalDate(now).Year;
            var reference = await ReferenceNumbers.NextAsync(db, ReferenceSeries.Casus, year, cancellationToken);
            var casus = new Casus
            {
                Id = Guid.NewGuid(),
                Reference = reference.Text,
                Year = reference.Year,
                Number = reference.Number,
                CreatedAt = now,
                UpdatedAt = now,
                AuthorKey = authorKeys.For(submitted.AuthorAadObjectId),
                AuthorAadObjectId = anonymous ? null : submitted.AuthorAadObjectId,
                AuthorName = anonymous ? null : submitted.AuthorName,
                AuthorChannelId = submitted.AuthorChannelId,
                AuthorConversationId = submitted.AuthorConversationId,
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
                SafetyConcern = submitted.SafetyConcern,
                TriageDueAt = calendar.EndOfDay(calendar.AddWorkingDays(calendar.LocalDate(now), options.Value.TriageWorkingDays)),
                Version = 1,
            };
            db.Add(casus);
            Audit.Casus(db, now, anonymous ? Audit.AnonymousAuthor : submitted.AuthorAadObjectId, casus, "ingediend", $"zichtbaarheid: {casus.Visibility}");
            foreach (var listener in listeners) await listener.OnSubmittedAsync(db, casus, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Casus {Reference} submitted ({Visibility})", casus.Reference, casus.Visibility);
            return casus;
        });
    }

    private static async Task RememberOrgUnitAsync(CasuistiekDbContext db, NewCasus submitted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(submitted.OrgUnit)) return;
        var profile = await db.Set<UserProfile>().FindAsync([submitted.AuthorAadObjectId], cancellationToken);
        if (profile is null) db.Add(new UserProfile { AadObjectId = submitted.AuthorAadObjectId, OrgUnit = submitted.OrgUnit, UpdatedAt = now });
        else { profile.OrgUnit = submitted.OrgUnit; profile.UpdatedAt = now; }
    }
}

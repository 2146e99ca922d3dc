using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Signals;
using CasuistiekBot.Signals.Handlers;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Reminders;

/// <summary>
/// The owner's weekly view of the signals a behandelaar works on: the behandelaar gets the reminders, the owner stays
/// accountable and sees each week, with the MT digest (same day and time), where those signals stand. The outbox key
/// carries the owner and the week, so each owner gets it once, however many instances run this.
/// </summary>
internal sealed class HandlerDigest(
    IDbContextFactory<CasuistiekDbContext> databases,
    MtDigest schedule,
    HandlerDigestCards cards,
    SignalPeople people,
    IOutbox outbox,
    TimeProvider clock,
    ILogger<HandlerDigest> logger)
{
    public const string KeyPrefix = "handler-digest:";

    /// <returns>The number of views queued in this pass.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!schedule.Enabled || schedule.ThisWeek(clock.GetUtcNow()) is not { } week) return 0;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var owners = (await HandlerQueries.OpenWithHandlerAsync(db, cancellationToken)).GroupBy(s => s.OwnerAadObjectId, StringComparer.OrdinalIgnoreCase).ToList();
        var queued = 0;
        foreach (var owner in owners)
        {
            if (await people.AddressAsync(db, owner.Key, cancellationToken) is not { } address) continue;
            var card = MessageFactory.Card(cards.Render([.. owner], address.Language)) with { Locale = address.Language };
            var message = OutboxMessage.ToPerson($"{KeyPrefix}{owner.Key.ToLowerInvariant()}:{SignalDates.Iso(week)}", address.AadObjectId, address.TenantId, address.ServiceUrl, card, address.UserId);
            if (!await outbox.EnqueueAsync(db, message, cancellationToken)) continue;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();   // another instance queued this one first
            }
        }
        if (queued > 0) logger.LogInformation("Queued {Count} weekly views for owners of signals with a behandelaar, week of {Week}", queued, week);
        return queued;
    }
}

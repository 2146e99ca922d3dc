using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Delivery;

internal sealed class Outbox(DeliverySignal signal, TimeProvider clock) : IOutbox
{
    public async Task<bool> EnqueueAsync(CasuistiekDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(message.IdempotencyKey);
        if (message.ConversationId is null && (message.RecipientAadObjectId is null || message.TenantId is null))
        {
            throw new ArgumentException("An outbox message needs a conversation, or a person's object id and tenant id.", nameof(message));
        }

        var messages = db.Set<OutboxMessage>();
        var key = message.IdempotencyKey;
        if (messages.Local.Any(m => m.IdempotencyKey == key) || await messages.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
        {
            return false;
        }

        // Delivery state is the worker's: whatever the caller set, a new message starts from scratch.
        var now = clock.GetUtcNow();
        message.Id = 0;
        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = now;
        message.ClaimedBy = null;
        message.LeaseUntil = null;
        message.SendStartedAt = null;
        message.SentActivityId = null;
        message.SentAt = null;
        message.DeadReason = null;
        message.LastError = null;
        message.CreatedAt = now;
        message.UpdatedAt = now;
        messages.Add(message);
        WakeWorkerAfterSave(db);
        return true;
    }

    // Saves inside an explicit transaction wake the worker before the commit; it then finds the message at its next poll.
    private void WakeWorkerAfterSave(DbContext db)
    {
        EventHandler<SavedChangesEventArgs>? wake = null;
        wake = (_, _) =>
        {
            db.SavedChanges -= wake;
            signal.Wake();
        };
        db.SavedChanges += wake;
    }
}

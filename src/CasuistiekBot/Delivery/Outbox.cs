using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Delivery;

internal sealed class Outbox(DeliverySignal signal, TimeProvider clock) : IOutbox
{
    public async Task<bool> EnqueueAsync(CasuistiekDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        Validate(message);
        var messages = db.Set<OutboxMessage>();
        var key = message.IdempotencyKey;
        if (messages.Local.Any(m => m.IdempotencyKey == key) || await messages.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
        {
            return false;
        }

        Add(db, message);
        return true;
    }

    public void EnqueueNew(CasuistiekDbContext db, OutboxMessage message)
    {
        Validate(message);
        Add(db, message);
    }

    private static void Validate(OutboxMessage message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message.IdempotencyKey);
        if (message.ConversationId is null && (message.RecipientAadObjectId is null || message.TenantId is null))
        {
            throw new ArgumentException("An outbox message needs a conversation, or a person's object id and tenant id.", nameof(message));
        }
    }

    private void Add(CasuistiekDbContext db, OutboxMessage message)
    {
        var messages = db.Set<OutboxMessage>();
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
    }

    public Task<int> CancelPendingAsync(CasuistiekDbContext db, OutboxKey group, OutboxKey? except, CancellationToken cancellationToken)
    {
        var prefix = group.GroupPrefix;
        var kept = except?.Value;
        return db.Set<OutboxMessage>()
            .Where(m => m.IdempotencyKey.StartsWith(prefix) && m.IdempotencyKey != kept && m.Status == OutboxStatus.Pending)
            .ExecuteDeleteAsync(cancellationToken);
    }

    public async Task ReshowAsync(CasuistiekDbContext db, OutboxKey replacesKey, Activity card, Activity request, CancellationToken cancellationToken)
    {
        var conversationId = request.Conversation!.Id!;
        var key = replacesKey.Value;
        var message = OutboxMessage.ToConversation(
            idempotencyKey: replacesKey.Then("shown", request.Id ?? Guid.NewGuid().ToString("N")).Value,
            channelId: request.ChannelId ?? OutboxMessage.TeamsChannelId, conversationId: conversationId,
            activity: card, replacesKey: key);
        message.ServiceUrl = request.ServiceUrl;
        if (!await EnqueueAsync(db, message, cancellationToken)) return;
        // Otherwise the worker would update the copy posted before, which has scrolled out of view or was lost.
        await db.Set<OutboxMessage>()
            .Where(m => m.ReplacesKey == key && m.ConversationId == conversationId && m.Status == OutboxStatus.Sent)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ReplacesKey, (string?)null), cancellationToken);
    }

    public async Task ForgetRecipientsAsync(CasuistiekDbContext db, OutboxKey group, CancellationToken cancellationToken)
    {
        var prefix = group.GroupPrefix;
        var messages = db.Set<OutboxMessage>().Where(m => m.IdempotencyKey.StartsWith(prefix));
        await messages.ExecuteUpdateAsync(set => set.SetProperty(m => m.ForgetsRecipient, true), cancellationToken);
        await messages.Where(m => m.Status == OutboxStatus.Sent || m.Status == OutboxStatus.Dead)
            .ExecuteUpdateAsync(OutboxStore.ForgetAddress, cancellationToken);
    }

    public Task<int> ForgetContentAsync(CasuistiekDbContext db, string mention, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(mention);
        return db.Set<OutboxMessage>()
            .Where(m => (m.Status == OutboxStatus.Sent || m.Status == OutboxStatus.Dead) && m.ActivityJson.Contains(mention))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ActivityJson, ForgottenContent), cancellationToken);
    }

    private const string ForgottenContent = "{}";

    public async Task<HashSet<OutboxKey>> DeliveredAsync(CasuistiekDbContext db, IReadOnlyCollection<OutboxKey> keys, CancellationToken cancellationToken)
    {
        var values = keys.Select(k => k.Value).ToList();
        var sent = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => values.Contains(m.IdempotencyKey) && m.Status == OutboxStatus.Sent)
            .Select(m => m.IdempotencyKey).ToListAsync(cancellationToken);
        return sent.Select(OutboxKey.Parse).ToHashSet();
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

using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>
/// The worker's reads and writes on <c>outbox_messages</c>. Every state change is one conditional UPDATE, so two
/// instances on one database can race without either overwriting the other's claim: the database re-checks the
/// condition on the row it locks (PostgreSQL) or runs one writer at a time (SQLite).
/// </summary>
internal sealed class OutboxStore(IDbContextFactory<CasuistiekDbContext> contextFactory, IOptions<DeliveryOptions> options, TimeProvider clock)
{
    private const int ClaimRaces = 3;

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> due messages (pending and due, or claimed by someone whose lease lapsed)
    /// for <paramref name="claimToken"/>, which must be unique per call.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string claimToken, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        for (var race = 0; race < ClaimRaces; race++)
        {
            var now = clock.GetUtcNow();
            var candidates = await Due(db.Set<OutboxMessage>(), now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Select(m => m.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (candidates.Count == 0) return [];

            var lease = now + options.Value.LeaseDuration;
            // The due condition again: a candidate another instance claimed in the meantime is no longer due.
            var claimed = await Due(db.Set<OutboxMessage>().Where(m => candidates.Contains(m.Id)), now)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Status, OutboxStatus.Claimed)
                    .SetProperty(m => m.ClaimedBy, claimToken)
                    .SetProperty(m => m.LeaseUntil, lease)
                    .SetProperty(m => m.UpdatedAt, now), cancellationToken);
            if (claimed > 0)
            {
                return await db.Set<OutboxMessage>().AsNoTracking()
                    .Where(m => candidates.Contains(m.Id) && m.ClaimedBy == claimToken && m.Status == OutboxStatus.Claimed)
                    .OrderBy(m => m.Id)
                    .ToListAsync(cancellationToken);
            }
            // Another instance took every candidate; look again for what is left.
        }
        return [];
    }

    /// <summary>
    /// Records that a connector call is about to start (counting the attempt and renewing the lease), but only while
    /// the claim is still ours: false means another instance has taken the message over.
    /// </summary>
    public async Task<bool> TryStartSendingAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Mine(db, message).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.SendStartedAt, now)
            .SetProperty(m => m.LeaseUntil, now + options.Value.LeaseDuration)
            .SetProperty(m => m.UpdatedAt, now), cancellationToken) == 1;
    }

    /// <summary>
    /// Remembers a conversation created for a person, so that a retry sends into it instead of creating again, and
    /// renews the lease for the send that follows. False when the claim is no longer ours.
    /// </summary>
    public async Task<bool> SetConversationAsync(OutboxMessage message, DeliveryTarget target, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Mine(db, message).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ChannelId, target.ChannelId)
            .SetProperty(m => m.ConversationId, target.ConversationId)
            .SetProperty(m => m.ServiceUrl, target.ServiceUrl)
            .SetProperty(m => m.LeaseUntil, now + options.Value.LeaseDuration)
            .SetProperty(m => m.UpdatedAt, now), cancellationToken) == 1;
    }

    /// <summary>Not conditional on the claim: the message did reach the user, whoever holds it now.</summary>
    public async Task MarkSentAsync(OutboxMessage message, DeliveryTarget target, string? activityId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.Status != OutboxStatus.Sent).ExecuteUpdateAsync(set =>
        {
            set.SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentActivityId, activityId)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.UpdatedAt, now);
            // Each column once: PostgreSQL refuses a second assignment to the same column in one UPDATE.
            if (message.ForgetsRecipient) ForgetAddress(set);
            else set.SetProperty(m => m.ChannelId, target.ChannelId).SetProperty(m => m.ConversationId, target.ConversationId).SetProperty(m => m.ServiceUrl, target.ServiceUrl);
        }, cancellationToken);
    }

    /// <summary>Erases where a message went and to whom.</summary>
    public static void ForgetAddress(UpdateSettersBuilder<OutboxMessage> set) => set
        .SetProperty(m => m.ChannelId, (string?)null)
        .SetProperty(m => m.ConversationId, (string?)null)
        .SetProperty(m => m.ServiceUrl, (string?)null)
        .SetProperty(m => m.RecipientAadObjectId, (string?)null)
        .SetProperty(m => m.RecipientUserId, (string?)null)
        .SetProperty(m => m.TenantId, (string?)null);

    /// <summary>Back to pending, due at <paramref name="nextAttemptAt"/>: the connector answered, and not with success.</summary>
    public async Task ReleaseAsync(OutboxMessage message, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Mine(db, message).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.SendStartedAt, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.UpdatedAt, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>
    /// Back to pending without a connector call (a rate limit): the attempt is given back, and the mark of a send in
    /// progress is left as it was when claimed, so a send begun by a dead worker is still known as possible.
    /// </summary>
    public async Task PutOffAsync(OutboxMessage message, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Mine(db, message).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.Attempts, message.Attempts)
            .SetProperty(m => m.SendStartedAt, message.SendStartedAt)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.UpdatedAt, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<bool> MarkDeadAsync(OutboxMessage message, DeadLetterReason reason, string error, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Mine(db, message).ExecuteUpdateAsync(set =>
        {
            set.SetProperty(m => m.Status, OutboxStatus.Dead)
                .SetProperty(m => m.DeadReason, reason)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.SendStartedAt, (DateTimeOffset?)null)
                .SetProperty(m => m.UpdatedAt, clock.GetUtcNow());
            if (message.ForgetsRecipient) ForgetAddress(set);
        }, cancellationToken) == 1;
    }

    /// <summary>The activity currently showing the card of <paramref name="replacesKey"/> in this conversation, if one was sent.</summary>
    public async Task<string?> FindCardAsync(string replacesKey, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ReplacesKey == replacesKey && m.ConversationId == conversationId && m.Status == OutboxStatus.Sent && m.SentActivityId != null)
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
            .Select(m => m.SentActivityId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>When the earliest pending message falls due (it may be due already); null when none is pending.</summary>
    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => (DateTimeOffset?)m.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>How many messages wait (pending or being sent), and when the oldest of them was written.</summary>
    public async Task<(int Depth, DateTimeOffset? Oldest)> BacklogAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var waiting = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Claimed);
        var depth = await waiting.CountAsync(cancellationToken);
        var oldest = depth == 0 ? null : await waiting.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return (depth, oldest);
    }

    public async Task<OutboxMessage?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<OutboxMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, DateTimeOffset now) => messages.Where(m =>
        (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Claimed && m.LeaseUntil < now));

    private static IQueryable<OutboxMessage> Mine(CasuistiekDbContext db, OutboxMessage message) =>
        db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.Status == OutboxStatus.Claimed && m.ClaimedBy == message.ClaimedBy);
}

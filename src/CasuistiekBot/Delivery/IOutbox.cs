using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Proactive messages, for every slice: the only way into the outbox table. Each call works in the caller's
/// DbContext, so what it does commits or rolls back with the caller's own change.
/// </summary>
internal interface IOutbox
{
    /// <summary>
    /// Adds <paramref name="message"/> to <paramref name="db"/>, so it is stored by the caller's own SaveChanges in the
    /// same transaction as the state change that causes it; nothing is sent if that transaction rolls back. Returns
    /// false (and adds nothing) when a message with the same idempotency key is already queued or sent. Two
    /// transactions racing with one key: the later SaveChanges fails with a unique violation (DbErrors.IsUniqueViolation),
    /// which is the right answer for what is then a duplicate state change.
    /// </summary>
    Task<bool> EnqueueAsync(CasuistiekDbContext db, OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="message"/> like <see cref="EnqueueAsync"/> but without looking for its key first: for a key
    /// that is new by construction (it names a row added in the same transaction), so that the add costs no round trip
    /// where the caller holds a lock. Should the key exist after all, the caller's SaveChanges fails as a unique violation.
    /// </summary>
    void EnqueueNew(CasuistiekDbContext db, OutboxMessage message);

    /// <summary>Drops the messages of <paramref name="group"/> not sent yet (but <paramref name="except"/>): they would now be wrong.</summary>
    Task<int> CancelPendingAsync(CasuistiekDbContext db, OutboxKey group, OutboxKey? except, CancellationToken cancellationToken);

    /// <summary>
    /// Posts <paramref name="card"/> afresh in the chat <paramref name="request"/> came from and makes that copy the one
    /// later messages under <paramref name="replacesKey"/> update; copies posted before stay in the chat as they were.
    /// </summary>
    Task ReshowAsync(CasuistiekDbContext db, OutboxKey replacesKey, Activity card, Activity request, CancellationToken cancellationToken);

    /// <summary>
    /// Makes every message of <paramref name="group"/> forget its address once sent (<see cref="OutboxMessage.ForgetsRecipient"/>),
    /// and erases it now from those already sent or given up: for rows queued before their sender asked for that.
    /// </summary>
    Task ForgetRecipientsAsync(CasuistiekDbContext db, OutboxKey group, CancellationToken cancellationToken);

    /// <summary>
    /// Empties the content of messages sent or given up that mention <paramref name="mention"/> (a casus reference), so
    /// that no copy of an erased text outlives the erasure here; such rows are never read again. Their keys and delivery
    /// facts stay, so later updates still find the message they replace.
    /// </summary>
    Task<int> ForgetContentAsync(CasuistiekDbContext db, string mention, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="keys"/> were delivered.</summary>
    Task<HashSet<OutboxKey>> DeliveredAsync(CasuistiekDbContext db, IReadOnlyCollection<OutboxKey> keys, CancellationToken cancellationToken);
}

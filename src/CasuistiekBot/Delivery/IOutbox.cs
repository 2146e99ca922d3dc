using CasuistiekBot.Storage;

namespace CasuistiekBot.Delivery;

/// <summary>Queues proactive messages for the delivery worker.</summary>
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
}

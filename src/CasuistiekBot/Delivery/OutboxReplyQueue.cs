using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Replies a turn could not hand to a slow connector within its budget go through the outbox: the turn answers the
/// channel in time, and the worker delivers them afterwards, in order, with its retries.
/// </summary>
internal sealed class OutboxReplyQueue(IDbContextFactory<CasuistiekDbContext> databases, IOutbox outbox, ILogger<OutboxReplyQueue> logger)
    : IReplyQueue
{
    public async Task EnqueueAsync(ITurnContext turn, Activity reply, CancellationToken cancellationToken)
    {
        var inbound = turn.Activity;
        // Conversation references are kept per channel, not per thread; a reply to a channel thread lands in the channel.
        var conversationId = inbound.Conversation!.Id!.Split(';')[0];
        var message = OutboxMessage.ToConversation($"reply:{Guid.NewGuid():N}", inbound.ChannelId!, conversationId, reply with { ReplyToId = null });
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await outbox.EnqueueAsync(db, message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("The connector did not take a reply in {ConversationId} within the turn's budget; it is queued", conversationId);
    }
}

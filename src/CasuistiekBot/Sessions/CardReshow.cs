using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// Posts a person's card afresh in the 1:1 chat they asked from, in the caller's transaction, and makes that copy the
/// one later messages under the same replaces key update. Copies posted before stay in the chat as they were.
/// </summary>
internal sealed class CardReshow(IOutbox outbox)
{
    public async Task PostAsync(CasuistiekDbContext db, string replacesKey, Activity card, Activity request, CancellationToken cancellationToken)
    {
        var conversationId = request.Conversation!.Id!;
        var message = OutboxMessage.ToConversation(
            idempotencyKey: $"{replacesKey}:shown:{request.Id ?? Guid.NewGuid().ToString("N")}",
            channelId: request.ChannelId ?? OutboxMessage.TeamsChannelId, conversationId: conversationId,
            activity: card, replacesKey: replacesKey);
        message.ServiceUrl = request.ServiceUrl;
        if (!await outbox.EnqueueAsync(db, message, cancellationToken)) return;
        // Otherwise the delivery worker would update the copy posted before, which has scrolled out of view or was lost.
        await db.Set<OutboxMessage>()
            .Where(m => m.ReplacesKey == replacesKey && m.ConversationId == conversationId && m.Status == OutboxStatus.Sent)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ReplacesKey, (string?)null), cancellationToken);
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;

namespace CasuistiekBot.Cases;

/// <summary>
/// Messages to the author of a casus, in their chat with the bot and in their language, queued in the caller's
/// transaction. The coordinators never learn who an anonymous author is: the bot carries the message.
/// </summary>
internal sealed class AuthorMessenger(IOutbox outbox)
{
    public Task EnqueueAsync(CasuistiekDbContext db, Casus casus, string key, Activity activity, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(db, OutboxMessage.ToConversation(
            idempotencyKey: $"author:{casus.Id:N}:{key}",
            channelId: casus.AuthorChannelId,
            conversationId: casus.AuthorConversationId,
            activity: activity with { Locale = casus.Language }), cancellationToken);
}

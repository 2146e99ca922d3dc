using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// Queues the panel card for the coordinators' channel in the caller's transaction; the first send posts it, every later
/// one updates that same card. <paramref name="change"/> names what changed, so each change is sent once.
/// </summary>
internal sealed class PanelPublisher(IOutbox outbox, PanelCards cards, ILogger<PanelPublisher> logger)
{
    public async Task PublishAsync(CasuistiekDbContext db, Casus casus, Panel panel, IReadOnlyList<PanelMember> members, string change, CancellationToken cancellationToken)
    {
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null)
        {
            logger.LogWarning("No coordinators' channel is registered; the panel card for {Reference} is not posted", casus.Reference);
            return;
        }
        var card = MessageFactory.Card(cards.Render(casus, panel, members)) with { Summary = casus.Reference };
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(
            idempotencyKey: $"panel:{panel.Id:N}:v{panel.Version}:{change}",
            channelId: channel.ChannelId,
            conversationId: channel.ConversationId,
            activity: card,
            replacesKey: $"panel:{panel.Id:N}"), cancellationToken);
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Sessions;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Reminders;

/// <summary>
/// Tells the coordinators' channel, once, that an action point is long overdue, in the caller's transaction. The card
/// names the casus by its reference and the action point with its owner; never the author of the casus.
/// </summary>
internal sealed class ActionPointEscalation(OutcomeCards cards, IOutbox outbox, ILogger<ActionPointEscalation> logger)
{
    public const string Kind = ActionPointReminders.EscalationKind;

    /// <returns>False when no coordinators' channel is registered: then a later pass tries again.</returns>
    public async Task<bool> EscalateAsync(CasuistiekDbContext db, Casus casus, ActionPoint point, int daysOverdue, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await CoordinatorChannels.ActiveAsync(db, cancellationToken) is not { } channel)
        {
            logger.LogWarning("Action point {Number} of {Reference} is overdue, but no coordinators' channel is registered to escalate to", point.Number, casus.Reference);
            return false;
        }
        var card = MessageFactory.Card(cards.ActionPointEscalation(casus, point, daysOverdue)) with { Summary = casus.Reference };
        if (!await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(OutboxKey.Of(Kind, point.Id).Value, channel.ChannelId, channel.ConversationId, card), cancellationToken))
        {
            return false;
        }
        point.RecordEscalation(now);
        Audit.Casus(db, now, Audit.System, casus, "actiepunt-geescaleerd", $"actiepunt {point.Number}, {daysOverdue} dagen over de uiterste datum");
        return true;
    }
}

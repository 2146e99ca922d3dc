using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Safety;

/// <summary>
/// Tells the coordinators' channel at once that acute danger was mentioned. The alert carries the kinds only: no author
/// (during an intake they have not chosen how visible to be yet; an anonymous one never is), no words of the message,
/// and a key that leads back to nothing. A casus being raised arrives later, marked urgent; an addition names the casus
/// it was added to, which is marked urgent at once.
/// </summary>
internal sealed class DangerAlert(IDbContextFactory<CasuistiekDbContext> databases, IOutbox outbox, Texts texts, ILogger<DangerAlert> logger, ChannelLanguage channel)
{
    private string Language => channel.Value;

    /// <summary>Whether an alert was queued; false when no coordinators' channel is registered.</summary>
    public async Task<bool> RaiseAsync(DangerKind kinds, DangerMoment moment, CancellationToken cancellationToken)
    {
        try
        {
            return await QueueAsync(kinds, moment, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The care message goes out whatever happens here; it then promises no alert.
            logger.LogError(e, "The coordinators could not be alerted to acute danger mentioned ({DangerMoment})", moment.Key);
            return false;
        }
    }

    private async Task<bool> QueueAsync(DangerKind kinds, DangerMoment moment, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null)
        {
            logger.LogWarning("Acute danger was mentioned ({DangerMoment}), but no coordinators' channel is registered to alert", moment.Key);
            return false;
        }
        var named = string.Join(", ", DangerKinds.Names(kinds).Select(kind => texts.Get(SafetyTextKeys.SafetyKindPrefix + kind, Language)));
        var alert = MessageFactory.Text(texts.Get(SafetyTextKeys.SafetyAlertPrefix + moment.Key, Language, named, moment.CasusReference ?? ""));
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation($"danger-alert:{Guid.NewGuid():N}", channel.ChannelId, channel.ConversationId, alert), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

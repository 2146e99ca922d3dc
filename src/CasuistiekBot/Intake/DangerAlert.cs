using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Safety;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Intake;

/// <summary>
/// Tells the coordinators' channel at once that acute danger was mentioned in a casus still being raised. The alert
/// carries the kinds only: no author (they have not chosen how visible to be yet), no words of the story, and a key that
/// leads back to nothing. The casus itself arrives later, marked urgent.
/// </summary>
internal sealed class DangerAlert(IDbContextFactory<CasuistiekDbContext> databases, IOutbox outbox, Texts texts, ILogger<DangerAlert> logger, ChannelLanguage channel)
{
    private string Language => channel.Value;

    /// <summary>Whether an alert was queued; false when no coordinators' channel is registered.</summary>
    public async Task<bool> RaiseAsync(DangerKind kinds, CancellationToken cancellationToken)
    {
        try
        {
            return await QueueAsync(kinds, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The care message goes out whatever happens here; it then promises no alert.
            logger.LogError(e, "The coordinators could not be alerted to acute danger mentioned in an intake");
            return false;
        }
    }

    private async Task<bool> QueueAsync(DangerKind kinds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null)
        {
            logger.LogWarning("Acute danger was mentioned in an intake, but no coordinators' channel is registered to alert");
            return false;
        }
        var named = string.Join(", ", DangerKinds.Names(kinds).Select(kind => texts.Get("safety.kind." + kind, Language)));
        var alert = MessageFactory.Text(texts.Get("safety.alert", Language, named));
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation($"danger-alert:{Guid.NewGuid():N}", channel.ChannelId, channel.ConversationId, alert), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Coordinators;

/// <summary>
/// Tells the coordinators' channel that a message will not arrive, e.g. because an owner blocked or removed the bot
/// (the delivery worker has then marked their chat as uninstalled). The slice that sent it names its subject, or says
/// that the coordinators need not hear of it (<see cref="IFailedMessageSubject"/>).
/// </summary>
internal sealed class CoordinatorFailureNotifier(
    IDbContextFactory<CasuistiekDbContext> databases,
    IOutbox outbox,
    IEnumerable<IFailedMessageSubject> subjects,
    Texts texts,
    ILogger<CoordinatorFailureNotifier> logger,
    ChannelLanguage channel) : IDeliveryFailureNotifier
{
    private const string KeyPrefix = "delivery-failure:";
    private string Language => channel.Value;

    public async Task NotifyAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        logger.LogWarning("Outbox message {MessageId} ({IdempotencyKey}) will not be delivered: {Reason}", deadLetter.MessageId, deadLetter.IdempotencyKey, deadLetter.Reason);
        // A failed notice about a failure is only logged, or a dead coordinators' channel would feed itself.
        if (deadLetter.IdempotencyKey.StartsWith(KeyPrefix, StringComparison.Ordinal)) return;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var subject = await SubjectAsync(db, deadLetter, cancellationToken);
        if (subject.Text is null) return;
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null) return;
        var text = texts.Get(CoordinatorsTextKeys.CoordinatorsFailureNotice, Language, Reason(deadLetter.Reason), subject.Text);
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation($"{KeyPrefix}{deadLetter.MessageId}", channel.ChannelId, channel.ConversationId, MessageFactory.Text(text)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<FailureSubject> SubjectAsync(CasuistiekDbContext db, DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        foreach (var subject in subjects)
        {
            if (await subject.DescribeAsync(db, deadLetter, Language, cancellationToken) is { } said) return said;
        }
        return new FailureSubject(texts.Get(CoordinatorsTextKeys.CoordinatorsFailureOther, Language, deadLetter.IdempotencyKey));
    }

    private string Reason(DeadLetterReason reason) => texts.Get(reason switch
    {
        DeadLetterReason.RecipientGone => CoordinatorsTextKeys.CoordinatorsFailureGone,
        DeadLetterReason.ConversationNotFound => CoordinatorsTextKeys.CoordinatorsFailureNotFound,
        DeadLetterReason.TooLarge => CoordinatorsTextKeys.CoordinatorsFailureTooLarge,
        DeadLetterReason.Unaddressable => CoordinatorsTextKeys.CoordinatorsFailureUnaddressable,
        _ => CoordinatorsTextKeys.CoordinatorsFailureExhausted,
    }, Language);
}

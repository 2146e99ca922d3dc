namespace CasuistiekBot.Delivery;

internal sealed class LoggingDeliveryFailureNotifier(ILogger<LoggingDeliveryFailureNotifier> logger) : IDeliveryFailureNotifier
{
    public Task NotifyAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Outbox message {MessageId} ({IdempotencyKey}) to {ConversationId}/{RecipientAadObjectId} will not be delivered: {Reason} {Error}",
            deadLetter.MessageId, deadLetter.IdempotencyKey, deadLetter.ConversationId, deadLetter.RecipientAadObjectId, deadLetter.Reason, deadLetter.Error);
        return Task.CompletedTask;
    }
}

namespace CasuistiekBot.Delivery;

/// <summary>A message the worker gave up on, as coordinators see it.</summary>
internal sealed record DeadLetter(
    long MessageId,
    string IdempotencyKey,
    string? ChannelId,
    string? ConversationId,
    string? RecipientAadObjectId,
    DeadLetterReason Reason,
    string? Error,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset DiedAt)
{
    public static DeadLetter From(OutboxMessage message) => new(
        message.Id, message.IdempotencyKey, message.ChannelId, message.ConversationId, message.RecipientAadObjectId,
        message.DeadReason ?? DeadLetterReason.AttemptsExhausted, message.LastError, message.Attempts, message.CreatedAt, message.UpdatedAt);
}

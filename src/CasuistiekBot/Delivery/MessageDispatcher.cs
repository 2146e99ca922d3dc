using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Telemetry;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Delivers one claimed message: records the attempt, resolves the conversation, takes a send slot, posts the
/// activity (or updates the card it replaces) and stores what became of it.
/// </summary>
internal sealed class MessageDispatcher(
    OutboxStore store,
    RecipientResolver resolver,
    IConnectorClient connector,
    SendSlots slots,
    DeliveryRateLimiter limiter,
    IConversationReferenceStore references,
    DeadLetterReporter deadLetters,
    ProductMetrics metrics,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<MessageDispatcher> logger)
{
    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!await store.TryStartSendingAsync(message, cancellationToken))
        {
            logger.LogWarning("Outbox message {MessageId} was taken over by another worker before it was sent", message.Id);
            return;
        }
        var attempt = message.Attempts + 1;
        if (message.SendStartedAt is not null)
        {
            // An earlier worker started sending and never recorded the outcome: it may have reached the user.
            logger.LogWarning("Outbox message {MessageId} may already have been delivered by a worker that stopped mid-send; delivering again", message.Id);
        }

        var resolution = await resolver.ResolveAsync(message, cancellationToken);
        if (ReferenceEquals(resolution, Resolution.Lost)) return;
        if (resolution.Wait is { } createWait)
        {
            await store.PutOffAsync(message, clock.GetUtcNow() + createWait, cancellationToken);
            return;
        }
        if (resolution.Target is not { } target)
        {
            await HandleFailureAsync(message, attempt, null, resolution.Failure!, resolution.Dead, cancellationToken);
            return;
        }

        var activity = message.ReadActivity();
        var existing = message.SentActivityId
            ?? (message.ReplacesKey is { } key ? await store.FindCardAsync(key, target.ConversationId, cancellationToken) : null);
        var wait = await slots.TakeAsync(target.ConversationId, cancellationToken);
        if (wait > TimeSpan.Zero)
        {
            await store.PutOffAsync(message, clock.GetUtcNow() + wait, cancellationToken);
            return;
        }

        // Updating instead of posting when the message already shows a card (its own earlier send, or the last card
        // of its replaces key here): an update made twice shows the user one card, a post made twice shows two.
        // A 429 comes straight back here: waiting out its Retry-After inside the call would hold this message's lane
        // and its batch, and a retry there would bypass the rate limiter. The message is put off and blocks its conversation.
        SendResult result;
        using (ConnectorRetryScope.LeaveThrottlingToCaller())
        {
            result = existing is null
                ? await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, cancellationToken)
                : await connector.UpdateActivityAsync(target.ServiceUrl, target.ConversationId, existing, activity, cancellationToken);
        }
        metrics.Delivered(result.Name);
        if (result is SendResult.Sent sent)
        {
            var activityId = existing ?? sent.Id;
            await store.MarkSentAsync(message, target, activityId, cancellationToken);
            // A message that forgets its address is not to be linked to it through the log either.
            logger.LogInformation("Outbox message {MessageId} delivered to {ConversationId} as {ActivityId}",
                message.Id, message.ForgetsRecipient ? "(not logged)" : target.ConversationId, activityId);
            return;
        }
        await HandleFailureAsync(message, attempt, target, result, null, cancellationToken);
    }

    private async Task HandleFailureAsync(
        OutboxMessage message, int attempt, DeliveryTarget? target, SendResult failure, DeadLetterReason? dead, CancellationToken cancellationToken)
    {
        switch (failure)
        {
            case SendResult.RecipientGone { StatusCode: 404 } when target is not null && message.ConversationId is null && message.RecipientAadObjectId is not null:
                // The person's stored chat is not found; the person may well be there. Forget that chat and try once
                // more through a new 1:1 chat, which the message then names: a second 404 is final.
                await references.MarkUninstalledAsync(target.ChannelId, target.ConversationId, cancellationToken);
                logger.LogWarning("Outbox message {MessageId}: the stored 1:1 chat was not found (404); trying a new one", message.Id);
                await store.ReleaseAsync(message, clock.GetUtcNow(), "Conversation not found (404); trying a new 1:1 chat", cancellationToken);
                return;
            case SendResult.RecipientGone gone:
                if (target is not null) await references.MarkUninstalledAsync(target.ChannelId, target.ConversationId, cancellationToken);
                var goneReason = gone.StatusCode == 404 ? DeadLetterReason.ConversationNotFound : DeadLetterReason.RecipientGone;
                await deadLetters.BuryAsync(message, goneReason, $"Recipient gone: {gone.StatusCode} {gone.Code}".TrimEnd(), cancellationToken);
                return;
            case SendResult.TooLarge:
                // The same bytes get the same 413; retrying only delays telling someone.
                await deadLetters.BuryAsync(message, DeadLetterReason.TooLarge, "The message is over Teams' size limit (413).", cancellationToken);
                return;
            case SendResult.Failed impossible when dead is { } reason:
                await deadLetters.BuryAsync(message, reason, impossible.Reason, cancellationToken);
                return;
        }

        var now = clock.GetUtcNow();
        var (retryAt, error) = failure switch
        {
            SendResult.Throttled throttled => (now + throttled.RetryAfter, $"Throttled (429), retry after {throttled.RetryAfter}"),
            SendResult.Failed failed => (now + Backoff(attempt), failed.StatusCode is { } status ? $"{status}: {failed.Reason}" : failed.Reason),
            _ => (now + Backoff(attempt), failure.ToString()),
        };
        if (failure is SendResult.Throttled) limiter.BlockConversation(target?.ConversationId ?? RateKey(message), retryAt);
        if (attempt >= options.Value.MaxAttempts)
        {
            await deadLetters.BuryAsync(message, DeadLetterReason.AttemptsExhausted, $"Gave up after {attempt} attempts; last: {error}", cancellationToken);
            return;
        }
        logger.LogWarning("Outbox message {MessageId} attempt {Attempt} failed ({Error}); next attempt at {RetryAt}", message.Id, attempt, error, retryAt);
        await store.ReleaseAsync(message, retryAt, error, cancellationToken);
    }

    // Exponential with ±20 % jitter, so that messages that failed together do not all come back together.
    private TimeSpan Backoff(int attempt)
    {
        var settings = options.Value;
        var exponential = settings.RetryBaseDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = exponential > settings.MaxRetryDelay ? settings.MaxRetryDelay : exponential;
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    public static string RateKey(OutboxMessage message) => message.ConversationId ?? "person:" + message.RecipientAadObjectId;
}

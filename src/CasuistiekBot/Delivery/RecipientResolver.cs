using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Finds the conversation for a message: the stored one it names, the person's stored 1:1 chat, or a 1:1 chat
/// created now (Teams returns the existing chat if there is one, so creating twice does no harm).
/// </summary>
internal sealed class RecipientResolver(
    IConversationReferenceStore references,
    IConnectorClient connector,
    BotIdentity bot,
    OutboxStore store,
    SendSlots slots,
    ILogger<RecipientResolver> logger)
{
    public async Task<Resolution> ResolveAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.ConversationId is { } conversationId)
        {
            var channelId = message.ChannelId ?? OutboxMessage.TeamsChannelId;
            var stored = await references.FindByConversationAsync(channelId, conversationId, cancellationToken);
            if (stored is { Installed: false })
            {
                return Resolution.Impossible(DeadLetterReason.RecipientGone, "The bot was removed from this conversation or blocked.");
            }
            // The stored reference follows serviceUrl changes; the message's copy may be older.
            return (stored?.ServiceUrl ?? message.ServiceUrl) is { } serviceUrl
                ? Resolution.To(new DeliveryTarget(channelId, conversationId, serviceUrl))
                : Resolution.Impossible(DeadLetterReason.Unaddressable, "No serviceUrl is known for this conversation.");
        }

        if (message.RecipientAadObjectId is not { } aadObjectId)
        {
            return Resolution.Impossible(DeadLetterReason.Unaddressable, "The message names neither a conversation nor a person.");
        }
        var personal = await references.FindPersonalByUserAsync(aadObjectId, cancellationToken);
        if (personal is not null) return Resolution.To(new DeliveryTarget(personal.ChannelId, personal.ConversationId, personal.ServiceUrl));
        return await CreatePersonalAsync(message, aadObjectId, cancellationToken);
    }

    private async Task<Resolution> CreatePersonalAsync(OutboxMessage message, string aadObjectId, CancellationToken cancellationToken)
    {
        if (message.TenantId is not { Length: > 0 } tenantId || message.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return Resolution.Impossible(DeadLetterReason.Unaddressable, "A 1:1 chat cannot be created without tenant id and serviceUrl.");
        }
        if (await bot.FindIdAsync(cancellationToken) is not { } botId)
        {
            return Resolution.Refused(new SendResult.Failed(null, "The bot's own id is unknown: set Bot:Id."));
        }

        // Creating a conversation counts against the same limits as sending (rate-limit.md).
        var wait = await slots.TakeAsync(MessageDispatcher.RateKey(message), cancellationToken);
        if (wait > TimeSpan.Zero) return Resolution.Later(wait);
        var parameters = TeamsConversationParameters.Personal(new ChannelAccount { Id = botId }, message.RecipientUserId ?? aadObjectId, tenantId);
        var created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        if (created is not SendResult.Sent { Id: { Length: > 0 } conversationId }) return Resolution.Refused(created);

        logger.LogInformation("Created a 1:1 chat {ConversationId} for outbox message {MessageId}", conversationId, message.Id);
        var target = new DeliveryTarget(OutboxMessage.TeamsChannelId, conversationId, serviceUrl);
        await references.SaveAsync(new ConversationReference
        {
            ChannelId = target.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal, TenantId = tenantId },
            User = new ChannelAccount { Id = message.RecipientUserId, AadObjectId = aadObjectId },
            Bot = new ChannelAccount { Id = botId },
        }, tenantId, timeZone: null, cancellationToken);
        return await store.SetConversationAsync(message, target, cancellationToken) ? Resolution.To(target) : Resolution.Lost;
    }
}

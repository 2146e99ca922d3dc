namespace CasuistiekBot.Delivery;

/// <summary>The conversation a message goes into, once known.</summary>
internal sealed record DeliveryTarget(string ChannelId, string ConversationId, string ServiceUrl);

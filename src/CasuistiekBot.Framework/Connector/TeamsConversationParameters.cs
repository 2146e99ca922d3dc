using System.Text.Json;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Connector;

/// <summary>Bodies for <see cref="IConnectorClient.CreateConversationAsync"/> that Teams accepts.</summary>
public static class TeamsConversationParameters
{
    /// <summary>
    /// A 1:1 chat with <paramref name="userId"/> (the user's 29: id for this bot, or their Entra object id as <c>id</c>).
    /// Teams needs the tenant, in channelData as well as at the top level.
    /// </summary>
    public static ConversationParameters Personal(ChannelAccount bot, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }, BotJson.Options),
        };
    }
}

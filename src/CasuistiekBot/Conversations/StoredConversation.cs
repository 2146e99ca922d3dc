using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Conversations;

internal sealed record StoredConversation(
    string ChannelId,
    string ConversationId,
    string ServiceUrl,
    string? TenantId,
    string? ConversationType,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    string? BotId,
    string? BotName,
    string? Locale,
    string? TimeZone,
    bool Installed,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The reference a proactive send needs.</summary>
    public ConversationReference ToReference() => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
        Conversation = new ConversationAccount
        {
            Id = ConversationId,
            ConversationType = ConversationType,
            TenantId = TenantId,
            IsGroup = ConversationType is not null and not ConversationTypes.Personal,
        },
        User = UserId is null && UserAadObjectId is null ? null : new ChannelAccount { Id = UserId, AadObjectId = UserAadObjectId, Name = UserName },
        Bot = BotId is null ? null : new ChannelAccount { Id = BotId, Name = BotName },
    };
}

using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Conversations;

/// <summary>Where the bot can reach people and teams later: one row per conversation the app is (or was) installed in.</summary>
internal interface IConversationReferenceStore
{
    /// <summary>
    /// Inserts or updates the conversation and marks it installed. Values the reference lacks keep their stored
    /// value; a changed serviceUrl replaces the old one. <paramref name="tenantId"/> falls back to the conversation's.
    /// </summary>
    Task SaveAsync(ConversationReference reference, string? tenantId, string? timeZone, CancellationToken cancellationToken);

    Task<StoredConversation?> FindByConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The most recently used installed personal chat with this user, or null when the bot cannot reach them there.</summary>
    Task<StoredConversation?> FindPersonalByUserAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Keeps the row (for history and a later re-install) but stops proactive messages to it.</summary>
    Task MarkUninstalledAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Installed channel and group-chat conversations, ordered by channel and conversation id.</summary>
    Task<IReadOnlyList<StoredConversation>> ListInstalledChannelsAndGroupChatsAsync(CancellationToken cancellationToken);
}

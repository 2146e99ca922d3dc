using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Connector;

/// <summary>The Bot Connector REST API (v3), against the serviceUrl of the conversation.</summary>
public interface IConnectorClient
{
    Task<SendResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<SendResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<SendResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<SendResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Creates (or finds) a conversation; on success <see cref="SendResult.Sent.Id"/> is the conversation id.</summary>
    Task<SendResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    Task<ConnectorResult<ChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);

    Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Tests.Pipeline;

/// <summary>A connector that takes every send and never answers, until the caller gives up.</summary>
internal sealed class HangingConnector : IConnectorClient
{
    public ConcurrentQueue<Activity> Attempts { get; } = new();

    public Task<SendResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        HangAsync(activity, cancellationToken);

    public Task<SendResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        HangAsync(activity, cancellationToken);

    public Task<SendResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        HangAsync(activity, cancellationToken);

    public Task<SendResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        HangAsync(new Activity(), cancellationToken);

    public Task<SendResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        HangAsync(new Activity(), cancellationToken);

    public Task<ConnectorResult<ChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    private async Task<SendResult> HangAsync(Activity activity, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(activity);
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}

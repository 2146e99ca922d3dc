using System.Collections.Concurrent;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Tests.Delivery;

/// <summary>
/// Wraps the real connector client (which talks HTTP to the fake connector server) to note when each call was made
/// on the test's clock, and can make the process "die" right after a call returns, before anything is recorded.
/// </summary>
internal sealed class ClockedConnector(IConnectorClient inner, TimeProvider clock) : IConnectorClient
{
    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>When set, every call hangs after the connector answered, until cancelled: a crash between send and mark.</summary>
    public bool DieAfterCall { get; set; }

    public Task<SendResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Run("send", conversationId, null, activity, () => inner.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken), cancellationToken);

    public Task<SendResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Run("reply", conversationId, activityId, activity, () => inner.ReplyToActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken), cancellationToken);

    public Task<SendResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Run("update", conversationId, activityId, activity, () => inner.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken), cancellationToken);

    public Task<SendResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Run("delete", conversationId, activityId, null, () => inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken), cancellationToken);

    public Task<SendResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Run("create", null, null, parameters.Activity, () => inner.CreateConversationAsync(serviceUrl, parameters, cancellationToken), cancellationToken);

    public Task<ConnectorResult<ChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        inner.GetMemberAsync(serviceUrl, conversationId, memberId, cancellationToken);

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        inner.GetPagedMembersAsync(serviceUrl, conversationId, pageSize, continuationToken, cancellationToken);

    private async Task<SendResult> Run(string operation, string? conversationId, string? activityId, Activity? activity, Func<Task<SendResult>> call, CancellationToken cancellationToken)
    {
        Calls.Enqueue(new ConnectorCall(operation, conversationId, activityId, activity?.Text, clock.GetUtcNow()));
        var result = await call();
        if (DieAfterCall) await Task.Delay(Timeout.Infinite, cancellationToken);
        return result;
    }
}

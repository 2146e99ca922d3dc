using System.Collections.Concurrent;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Pipeline;

/// <summary>An in-process connector that records every outbound call; for pipeline tests that need no HTTP.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    private int _nextId;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public IReadOnlyList<Activity> Sent => Calls.Where(c => c.Operation is "send" or "reply").Select(c => c.Activity!).ToList();

    public IReadOnlyList<string> SentTexts => Sent.Where(a => a.Type == ActivityTypes.Message && a.Text is not null).Select(a => a.Text!).ToList();

    public Task<SendResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record("send", conversationId, null, activity);

    public Task<SendResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record("reply", conversationId, activityId, activity);

    public Task<SendResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record("update", conversationId, activityId, activity);

    public Task<SendResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Record("delete", conversationId, activityId, null);

    public Task<SendResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Record("create", null, null, parameters.Activity);

    public Task<ConnectorResult<ChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult<ChannelAccount>(new ChannelAccount { Id = memberId }, new SendResult.Sent(memberId)));

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectorResult<PagedMembersResult>(new PagedMembersResult(null, []), new SendResult.Sent(null)));

    private Task<SendResult> Record(string operation, string? conversationId, string? activityId, Activity? activity)
    {
        Calls.Enqueue(new RecordedCall(operation, conversationId, activityId, activity));
        return Task.FromResult<SendResult>(new SendResult.Sent($"sent-{Interlocked.Increment(ref _nextId)}"));
    }
}

public sealed record RecordedCall(string Operation, string? ConversationId, string? ActivityId, Activity? Activity);

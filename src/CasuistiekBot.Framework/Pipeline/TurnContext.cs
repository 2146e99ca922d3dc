using System.Security.Claims;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Pipeline;

/// <summary>
/// The turn context the adapter creates for each inbound activity. Outbound activities are addressed from the inbound one;
/// with <c>deliveryMode: expectReplies</c> they are buffered and returned in the HTTP reply instead of being sent.
/// With a reply queue, replies the connector has not taken once the turn's reply budget is spent are queued instead,
/// so that a slow connector cannot hold the turn past the channel's time limit.
/// </summary>
internal sealed class TurnContext(
    Activity activity, ClaimsIdentity identity, IServiceProvider services, IConnectorClient connector,
    IReplyQueue? replyQueue = null, TimeSpan? replyBudget = null, TimeProvider? clock = null)
    : ITurnContext, IDisposable
{
    private readonly List<Activity> _buffered = [];
    private readonly Lock _gate = new();
    private CancellationTokenSource? _budget;
    private int _responded;
    private volatile bool _overBudget;

    public Activity Activity { get; } = activity;
    public ClaimsIdentity Identity { get; } = identity;
    public string Language { get; set; } = Languages.FromLocale(activity.GetLocale());
    public IServiceProvider Services { get; } = services;
    public TurnState State { get; } = new();
    public bool Responded => Volatile.Read(ref _responded) == 1;
    public InvokeResponse? InvokeResponse { get; set; }

    public bool ExpectsReplies => string.Equals(Activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<Activity> BufferedReplies { get { lock (_gate) return _buffered.ToList(); } }

    public async Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var outbound = Address(activity);
        if (ExpectsReplies)
        {
            lock (_gate) _buffered.Add(outbound);
            MarkResponded(outbound);
            return new SendResult.Sent(Guid.NewGuid().ToString("N"));
        }

        var isTyping = outbound.Type == ActivityTypes.Typing;
        if (replyQueue is null) return await SendNowAsync(outbound, cancellationToken);
        if (_overBudget) return isTyping ? OverBudget : await QueueAsync(outbound, cancellationToken);

        using var limited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Budget());
        try
        {
            return await SendNowAsync(outbound, limited.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _overBudget = true;
            return isTyping ? OverBudget : await QueueAsync(outbound, cancellationToken);
        }
    }

    private static SendResult OverBudget { get; } = new SendResult.Failed(null, "The turn's reply budget is spent.");

    private async Task<SendResult> SendNowAsync(Activity outbound, CancellationToken cancellationToken)
    {
        var conversationId = RequireConversationId();
        var result = outbound.ReplyToId is { Length: > 0 } replyToId
            ? await connector.ReplyToActivityAsync(Activity.ServiceUrl!, conversationId, replyToId, outbound, cancellationToken)
            : await connector.SendToConversationAsync(Activity.ServiceUrl!, conversationId, outbound, cancellationToken);
        if (result.IsSent) MarkResponded(outbound);
        return result;
    }

    private async Task<SendResult> QueueAsync(Activity outbound, CancellationToken cancellationToken)
    {
        await replyQueue!.EnqueueAsync(this, outbound, cancellationToken);
        MarkResponded(outbound);
        return new SendResult.Sent(null);
    }

    // One budget for all the turn's replies, counted from its first one: it limits the waiting on the connector, so a
    // turn that was slow for another reason (a database under load) still sends its replies directly.
    private CancellationToken Budget()
    {
        lock (_gate)
        {
            _budget ??= replyBudget is { } budget ? new CancellationTokenSource(budget, clock ?? TimeProvider.System) : new CancellationTokenSource();
            return _budget.Token;
        }
    }

    public void Dispose()
    {
        lock (_gate) _budget?.Dispose();
    }

    public Task<SendResult> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var outbound = Address(activity);
        if (string.IsNullOrEmpty(outbound.Id)) throw new ArgumentException("An update needs the id of the activity to replace.", nameof(activity));
        return connector.UpdateActivityAsync(Activity.ServiceUrl!, RequireConversationId(), outbound.Id, outbound, cancellationToken);
    }

    public Task<SendResult> DeleteAsync(string activityId, CancellationToken cancellationToken) =>
        connector.DeleteActivityAsync(Activity.ServiceUrl!, RequireConversationId(), activityId, cancellationToken);

    private Activity Address(Activity activity) => activity with
    {
        Type = activity.Type ?? ActivityTypes.Message,
        From = activity.From ?? Activity.Recipient,
        Recipient = activity.Recipient ?? Activity.From,
        Conversation = activity.Conversation ?? Activity.Conversation,
        ChannelId = activity.ChannelId ?? Activity.ChannelId,
        ServiceUrl = activity.ServiceUrl ?? Activity.ServiceUrl,
        ReplyToId = activity.Type == ActivityTypes.Typing ? null : activity.ReplyToId ?? Activity.Id,
        Locale = activity.Locale ?? Activity.Locale,
    };

    private void MarkResponded(Activity outbound)
    {
        if (outbound.Type != ActivityTypes.Typing) Interlocked.Exchange(ref _responded, 1);
    }

    private string RequireConversationId() =>
        Activity.Conversation?.Id ?? throw new InvalidOperationException("The inbound activity has no conversation to answer in.");
}

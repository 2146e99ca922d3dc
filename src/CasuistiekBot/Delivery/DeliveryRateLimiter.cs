using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Teams' send limits in this process: a global rate for the app and sliding windows per conversation, each window
/// <see cref="DeliveryOptions.RateMargin"/> longer than Teams' own. Several app
/// instances each keep their own count, so together they may exceed the limits; the 429 handling covers that.
/// </summary>
internal sealed class DeliveryRateLimiter
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly SendLog _global;
    private readonly RateWindow[] _perConversation;
    private readonly Dictionary<string, SendLog> _conversations = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep;

    public DeliveryRateLimiter(IOptions<DeliveryOptions> options, TimeProvider clock)
    {
        var settings = options.Value;
        _clock = clock;
        var margin = settings.RateMargin;
        _global = new SendLog([new RateWindow(settings.GlobalPerSecond, TimeSpan.FromSeconds(1) + margin)]);
        _perConversation =
        [
            new RateWindow(settings.PerConversationPerSecond, TimeSpan.FromSeconds(1) + margin),
            // Teams' intermediate windows (rate-limit.md): without them a steady 7/s runs into 429s after a few seconds.
            new RateWindow(8, TimeSpan.FromSeconds(2) + margin),
            new RateWindow(60, TimeSpan.FromSeconds(30) + margin),
            new RateWindow(settings.PerConversationPerHour, TimeSpan.FromHours(1) + margin),
        ];
    }

    /// <summary>Takes a send slot for <paramref name="conversationKey"/> now and returns zero, or returns how long to wait first.</summary>
    public TimeSpan TryAcquire(string conversationKey)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            SweepIdle(now);
            if (!_conversations.TryGetValue(conversationKey, out var conversation))
            {
                conversation = new SendLog(_perConversation);
                _conversations[conversationKey] = conversation;
            }
            var wait = Max(conversation.WaitBeforeSend(now), _global.WaitBeforeSend(now));
            if (wait > TimeSpan.Zero) return wait;
            conversation.Record(now);
            _global.Record(now);
            return TimeSpan.Zero;
        }
    }

    public void BlockConversation(string conversationKey, DateTimeOffset until)
    {
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversationKey, out var conversation))
            {
                conversation = new SendLog(_perConversation);
                _conversations[conversationKey] = conversation;
            }
            conversation.BlockUntil(until);
        }
    }

    // Forget conversations with nothing in their windows, so the dictionary does not grow with every user ever messaged.
    private void SweepIdle(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + TimeSpan.FromMinutes(5);
        foreach (var key in _conversations.Where(c => c.Value.IsIdle(now)).Select(c => c.Key).ToList()) _conversations.Remove(key);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

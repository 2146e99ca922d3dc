using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Takes rate-limit slots for the worker: evenly spaced across the app (<see cref="SendPacer"/>) and within Teams' limits
/// (<see cref="DeliveryRateLimiter"/>). Waits for a slot when the wait is short; a longer wait is handed back so the
/// message can be put off.
/// </summary>
internal sealed class SendSlots
{
    private readonly Lock _gate = new();
    private readonly DeliveryRateLimiter _limiter;
    private readonly SendPacer _pacer;
    private readonly IOptions<DeliveryOptions> _options;
    private readonly TimeProvider _clock;

    public SendSlots(DeliveryRateLimiter limiter, IOptions<DeliveryOptions> options, TimeProvider clock)
    {
        _limiter = limiter;
        _options = options;
        _clock = clock;
        var interval = (TimeSpan.FromSeconds(1) + options.Value.RateMargin) / options.Value.GlobalPerSecond;
        // One interval: absorbs a timer that fires late, and lets a second message follow the first at once after a
        // quiet spell (the limiter still holds every window), but never three.
        _pacer = new SendPacer(interval, tolerance: interval);
    }

    /// <summary>Zero once the slot is taken (the call should follow at once), else the wait that was too long.</summary>
    public async Task<TimeSpan> TakeAsync(string rateKey, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (wait, pacing) = Ask(rateKey);
            if (wait == TimeSpan.Zero) return wait;
            // The pacer's wait is never longer than one interval and always waited out; only Teams' limits put a message off.
            if (!pacing && wait > _options.Value.MaxRateLimitWait) return wait;
            await Task.Delay(wait, _clock, cancellationToken);
        }
    }

    /// <summary>Takes the slot now and returns zero, or returns how long to wait first.</summary>
    /// <remarks>The pacer is asked first and charged only when the limiter grants the slot, so a conversation that has
    /// to wait for its own limits does not use up the app's turns.</remarks>
    public TimeSpan TryTake(string rateKey) => Ask(rateKey).Wait;

    private (TimeSpan Wait, bool Pacing) Ask(string rateKey)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var pace = _pacer.WaitBeforeSend(now);
            if (pace > TimeSpan.Zero) return (pace, true);
            var wait = _limiter.TryAcquire(rateKey);
            if (wait == TimeSpan.Zero) _pacer.Record(now);
            return (wait, false);
        }
    }
}

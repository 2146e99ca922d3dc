using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>Waits for a rate-limit slot when the wait is short; a longer wait is handed back so the message can be put off.</summary>
internal sealed class SendSlots(DeliveryRateLimiter limiter, IOptions<DeliveryOptions> options, TimeProvider clock)
{
    /// <summary>Zero once the slot is taken (the call should follow at once), else the wait that was too long.</summary>
    public async Task<TimeSpan> TakeAsync(string rateKey, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = limiter.TryAcquire(rateKey);
            if (wait == TimeSpan.Zero || wait > options.Value.MaxRateLimitWait) return wait;
            await Task.Delay(wait, clock, cancellationToken);
        }
    }
}

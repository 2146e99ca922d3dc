using CasuistiekBot.Framework.Connector;

namespace CasuistiekBot.Delivery;

/// <summary>Where a message can go, or why it cannot go there now.</summary>
internal sealed record Resolution(DeliveryTarget? Target, SendResult? Failure, DeadLetterReason? Dead = null, TimeSpan? Wait = null)
{
    /// <summary>Another worker took the message over meanwhile: leave it alone.</summary>
    public static Resolution Lost { get; } = new(null, null);

    public static Resolution To(DeliveryTarget target) => new(target, null);

    public static Resolution Refused(SendResult failure) => new(null, failure);

    /// <summary>Creating the chat would exceed a rate limit for longer than the worker holds a message.</summary>
    public static Resolution Later(TimeSpan wait) => new(null, null, Wait: wait);

    public static Resolution Impossible(DeadLetterReason reason, string why) => new(null, new SendResult.Failed(null, why), reason);
}

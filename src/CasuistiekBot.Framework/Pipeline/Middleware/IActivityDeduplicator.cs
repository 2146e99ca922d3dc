namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>Remembers which activity ids have been handled, so that a channel's retry does not run a turn twice.</summary>
public interface IActivityDeduplicator
{
    /// <summary>True when this key is seen for the first time (and is now claimed).</summary>
    ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken);

    /// <summary>Gives a claim back, e.g. when the turn failed transiently and the channel should retry.</summary>
    ValueTask ReleaseAsync(string key, CancellationToken cancellationToken);
}

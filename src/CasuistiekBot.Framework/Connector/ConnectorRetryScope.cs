namespace CasuistiekBot.Framework.Connector;

/// <summary>
/// Lets a caller with its own throttling handling (a delivery worker with a rate limiter and a retry schedule) take a
/// 429 back at once instead of the connector client waiting out its Retry-After inside the call. The setting flows with
/// the async call, so it covers exactly the calls made inside the scope.
/// </summary>
public static class ConnectorRetryScope
{
    private static readonly AsyncLocal<bool> ThrottlingLeftToCaller = new();

    /// <summary>True inside <see cref="LeaveThrottlingToCaller"/>.</summary>
    public static bool ThrottlingIsLeftToCaller => ThrottlingLeftToCaller.Value;

    /// <summary>Until disposed, a 429 from the connector is returned as <see cref="SendResult.Throttled"/> without retrying.</summary>
    public static IDisposable LeaveThrottlingToCaller()
    {
        var previous = ThrottlingLeftToCaller.Value;
        ThrottlingLeftToCaller.Value = true;
        return new Restore(previous);
    }

    private sealed class Restore(bool previous) : IDisposable
    {
        public void Dispose() => ThrottlingLeftToCaller.Value = previous;
    }
}

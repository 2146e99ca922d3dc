using CasuistiekBot.Signals;

namespace CasuistiekBot.Dashboard;

/// <summary>What the dashboard decided about a request: show data, ask Teams for a token first, or refuse.</summary>
internal enum DashboardAccess
{
    Granted,
    SignInNeeded,
    Unauthenticated,
    Forbidden,
}

/// <summary>The decision, and when granted, which signals the viewer may see (everything, or one MT's).</summary>
internal sealed record DashboardGrant(DashboardAccess Access, SignalScope Scope)
{
    public static DashboardGrant Refused(DashboardAccess access) => new(access, SignalScope.Nothing);
}

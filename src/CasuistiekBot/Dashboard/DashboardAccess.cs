namespace CasuistiekBot.Dashboard;

/// <summary>What the dashboard decided about a request: show data, ask Teams for a token first, or refuse.</summary>
internal enum DashboardAccess
{
    Granted,
    SignInNeeded,
    Unauthenticated,
    Forbidden,
}

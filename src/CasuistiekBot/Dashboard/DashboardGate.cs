using System.Net;
using CasuistiekBot.Framework.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using CasuistiekBot.Signals;
using CasuistiekBot.Signals.Intake;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// Only coordinators and management-team members (MT-lid, DG in the directory) see dashboard data: coordinators all
/// signals, MT members those of their own MT, DGs those of every MT under them. Pages of counts over the whole register
/// (the trends) also let the signal keepers see everything. A request with a bearer token is judged by that token alone. Without one, data is shown only to a developer: the Development
/// environment, a server listening on loopback only, and a caller on this machine. Anyone else gets the sign-in page.
/// </summary>
internal sealed class DashboardGate(
    SsoClaims claims,
    SignalAudience audience,
    SignalKeepers keepers,
    IHostEnvironment environment,
    IServer server,
    ILogger<DashboardGate> logger)
{
    public async Task<DashboardGrant> CheckAsync(HttpContext context, CancellationToken cancellationToken, bool keepersSeeAll = false)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return IsLocalDevelopment(context) ? new(DashboardAccess.Granted, SignalScope.All) : DashboardGrant.Refused(DashboardAccess.SignInNeeded);
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return DashboardGrant.Refused(DashboardAccess.Unauthenticated);

        var (user, failure) = await AuthenticateAsync(context);
        if (user is null)
        {
            logger.LogWarning("Dashboard token refused: {Reason}", LogValue.Safe(failure));
            return DashboardGrant.Refused(DashboardAccess.Unauthenticated);
        }
        var scope = await audience.ScopeAsync(user.ObjectId, cancellationToken);
        if (keepersSeeAll && !scope.Everything && await keepers.IsKeeperAsync(user.ObjectId, cancellationToken)) scope = SignalScope.All;
        if (scope.SeesAny) return new(DashboardAccess.Granted, scope);
        logger.LogInformation("Dashboard refused to {ObjectId}: not a coordinator, nor an MT member with an MT in the directory", user.ObjectId);
        return DashboardGrant.Refused(DashboardAccess.Forbidden);
    }

    private async Task<(SsoUser? User, string? Failure)> AuthenticateAsync(HttpContext context)
    {
        if (!claims.AnyTenantAllowed) return (null, "no tenant is allowed (set Dashboard:AllowedTenants or MicrosoftAppTenantId)");
        var result = await context.AuthenticateAsync(DashboardSso.Scheme);
        if (!result.Succeeded) return (null, result.Failure?.GetType().Name ?? "invalid token");
        return claims.Judge(result.Principal);
    }

    private bool IsLocalDevelopment(HttpContext context)
    {
        if (!environment.IsDevelopment()) return false;
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote)) return false;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.Count > 0 && addresses.All(IsLoopbackAddress);
    }

    private static bool IsLoopbackAddress(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}

using System.Net;
using CasuistiekBot.Expertise;
using CasuistiekBot.Roles;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// Only coordinators and management-team members (MT-lid, DG in the directory) see dashboard data. A request with a
/// bearer token is judged by that token alone. Without one, data is shown only to a developer: the Development
/// environment, a server listening on loopback only, and a caller on this machine. Anyone else gets the sign-in page.
/// </summary>
internal sealed class DashboardGate(
    SsoTokenValidator tokens,
    IRoleResolver roles,
    ExpertiseDirectory directory,
    IHostEnvironment environment,
    IServer server,
    ILogger<DashboardGate> logger)
{
    public async Task<DashboardAccess> CheckAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return IsLocalDevelopment(context) ? DashboardAccess.Granted : DashboardAccess.SignInNeeded;
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return DashboardAccess.Unauthenticated;

        var check = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), cancellationToken);
        if (check.User is not { } user)
        {
            logger.LogWarning("Dashboard token refused: {Reason}", check.Failure);
            return DashboardAccess.Unauthenticated;
        }
        if (await MaySeeDataAsync(user.ObjectId, cancellationToken)) return DashboardAccess.Granted;
        logger.LogInformation("Dashboard refused to {ObjectId}: not a coordinator or MT member", user.ObjectId);
        return DashboardAccess.Forbidden;
    }

    private async Task<bool> MaySeeDataAsync(string objectId, CancellationToken cancellationToken)
    {
        if (await roles.IsCoordinatorAsync(objectId, cancellationToken)) return true;
        var person = await directory.FindAsync(objectId, cancellationToken);
        return person is not null && (person.Has(PersonRoles.Coordinator) || person.Has(PersonRoles.MtMember) || person.Has(PersonRoles.DirectorGeneral));
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

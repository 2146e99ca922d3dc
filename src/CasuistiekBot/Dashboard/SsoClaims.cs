using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// What a validated Teams SSO token must also say: an allowed tenant (<c>tid</c>), a user (<c>oid</c>) and the
/// delegated scope (<c>scp</c>). Returns the user, or why the token was refused (for the log, never for the caller).
/// </summary>
internal sealed class SsoClaims(IOptions<DashboardOptions> options, IConfiguration configuration)
{
    private readonly HashSet<string> _tenants = AllowedTenants(options.Value, configuration);
    private readonly string _scope = options.Value.RequiredScope;

    public bool AnyTenantAllowed => _tenants.Count > 0;

    public (SsoUser? User, string? Failure) Judge(ClaimsPrincipal principal)
    {
        var tenant = principal.FindFirst("tid")?.Value;
        var objectId = principal.FindFirst("oid")?.Value;
        var scopes = principal.FindAll("scp").SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (tenant is null || !_tenants.Contains(tenant)) return (null, $"tenant {tenant} is not allowed");
        if (string.IsNullOrEmpty(objectId)) return (null, "the token names no user (oid)");
        if (!scopes.Contains(_scope, StringComparer.Ordinal)) return (null, $"the token lacks the scope {_scope}");
        return (new SsoUser(objectId.ToLowerInvariant(), tenant), null);
    }

    /// <summary>Dashboard:AllowedTenants, else the bot's own tenant; empty when neither is configured.</summary>
    public static HashSet<string> AllowedTenants(DashboardOptions options, IConfiguration configuration)
    {
        var tenants = new HashSet<string>(
            options.AllowedTenants.Count > 0 ? options.AllowedTenants : [configuration["MicrosoftAppTenantId"] ?? ""],
            StringComparer.OrdinalIgnoreCase);
        tenants.Remove("");
        return tenants;
    }
}

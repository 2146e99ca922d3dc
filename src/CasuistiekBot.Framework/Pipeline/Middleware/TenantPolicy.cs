namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>
/// Which tenants the bot serves, decided once at start. The filter fails closed: without a list it serves the bot's own
/// tenant (<c>MicrosoftAppTenantId</c>); a bot with an app id but neither a list nor a tenant does not start; every
/// tenant is served only when <c>Bot:AllowedTenants:0=*</c> says so, or when no app id is set (a local bot that
/// listens on loopback only).
/// </summary>
public sealed class TenantPolicy
{
    private readonly HashSet<string>? _tenants;

    private TenantPolicy(HashSet<string>? tenants, string description)
    {
        _tenants = tenants;
        Description = description;
    }

    /// <summary>A sentence for the start-up log.</summary>
    public string Description { get; }

    public bool ServesEveryTenant => _tenants is null;

    public bool Serves(string? tenantId) => _tenants is null || (tenantId is not null && _tenants.Contains(tenantId));

    /// <summary>The policy for these settings, or null with the reason the bot must not start.</summary>
    public static TenantPolicy? Resolve(IEnumerable<string> allowedTenants, string? appId, string? appTenantId, out string? failure)
    {
        failure = null;
        var listed = allowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        if (listed.Contains(TenantFilterOptions.AllTenants))
        {
            return listed.Count == 1
                ? new(null, "Serving users of every tenant (Bot:AllowedTenants:0=*)")
                : Fail(out failure, "Bot:AllowedTenants lists '*' next to tenant ids; use either '*' alone or the tenant ids.");
        }
        if (listed.Count > 0)
        {
            return new(new(listed, StringComparer.OrdinalIgnoreCase), $"Serving users of the tenants {string.Join(", ", listed)} (Bot:AllowedTenants)");
        }
        if (!string.IsNullOrWhiteSpace(appTenantId))
        {
            return new(new([appTenantId.Trim()], StringComparer.OrdinalIgnoreCase), $"Serving users of tenant {appTenantId.Trim()} only (MicrosoftAppTenantId)");
        }
        if (string.IsNullOrWhiteSpace(appId))
        {
            return new(null, "Serving users of every tenant: MicrosoftAppId is empty, so the bot is local (loopback) only");
        }
        return Fail(out failure,
            "Bot:AllowedTenants is empty and MicrosoftAppTenantId is not set, so no tenant would be served. List the tenants " +
            "(Bot:AllowedTenants:0=<tenant id>), set MicrosoftAppTenantId, or serve every tenant explicitly with Bot:AllowedTenants:0=*.");
    }

    private static TenantPolicy? Fail(out string? failure, string reason)
    {
        failure = reason;
        return null;
    }
}

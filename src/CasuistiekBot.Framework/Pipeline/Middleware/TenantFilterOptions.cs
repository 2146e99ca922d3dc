namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary><c>Bot:AllowedTenants</c>: when non-empty, only activities from these Entra tenants are handled.</summary>
public sealed class TenantFilterOptions
{
    public List<string> AllowedTenants { get; set; } = [];
}

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>
/// <c>Bot:AllowedTenants</c>: the Entra tenants whose activities are handled. Left empty, it means the bot's own
/// <c>MicrosoftAppTenantId</c>; serving every tenant takes an explicit <c>Bot:AllowedTenants:0=*</c>
/// (see <see cref="TenantPolicy"/>).
/// </summary>
public sealed class TenantFilterOptions
{
    /// <summary>The entry that serves every tenant.</summary>
    public const string AllTenants = "*";

    public List<string> AllowedTenants { get; set; } = [];
}

namespace CasuistiekBot.Dashboard;

/// <summary>
/// Section <c>Dashboard</c>: who may sign in to the signals tab. Tokens come from Teams single sign-on
/// (<c>microsoftTeams.authentication.getAuthToken</c>) and are issued by Entra ID for the bot's app registration.
/// </summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Tenants whose users may sign in; the bot's <c>MicrosoftAppTenantId</c> when empty.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Where Entra ID publishes its signing keys; the first allowed tenant's v2.0 metadata when not set.</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>The delegated scope Teams asks for (the app registration exposes it as api://host/app-id/access_as_user).</summary>
    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>How far token lifetimes may be off from this machine's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}

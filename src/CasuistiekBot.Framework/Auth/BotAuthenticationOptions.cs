namespace CasuistiekBot.Framework.Auth;

/// <summary>
/// The bot's identity and the Bot Framework endpoints it trusts, bound from the configuration root with the
/// key names the Bot Framework SDK uses (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, ...), so existing
/// App Service settings and user secrets keep working.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>Public-cloud OpenID metadata for tokens sent by the Bot Connector service (Teams included).</summary>
    public const string PublicCloudChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of tokens sent by the Bot Connector service in the public cloud.</summary>
    public const string PublicCloudChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>OpenID metadata for Entra ID tokens (Emulator, tenant-issued tokens).</summary>
    public const string PublicCloudEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Authority prefix for outbound tokens; the tenant (or <c>botframework.com</c>) is appended.</summary>
    public const string PublicCloudLoginUrlPrefix = "https://login.microsoftonline.com/";

    /// <summary>The tenant that issues outbound tokens for multi-tenant bots.</summary>
    public const string MultiTenantChannelAuthTenant = "botframework.com";

    /// <summary>Resource of outbound tokens to the Bot Connector; the client-credentials scope is this plus <c>/.default</c>.</summary>
    public const string PublicCloudChannelOAuthScope = "https://api.botframework.com";

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;

    /// <summary>The bot's app id. Empty means authentication is disabled (local Emulator / Playground only).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of a single-tenant or managed-identity bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = PublicCloudChannelOpenIdMetadataUrl;

    public string ToBotFromChannelTokenIssuer { get; set; } = PublicCloudChannelTokenIssuer;

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = PublicCloudEmulatorOpenIdMetadataUrl;

    /// <summary>
    /// Authority for outbound tokens. When not configured, <see cref="ResolveToChannelFromBotLoginUrl"/> derives it
    /// from the app type and tenant.
    /// </summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    public string ToChannelFromBotOAuthScope { get; set; } = PublicCloudChannelOAuthScope;

    /// <summary>True when no app id is configured: requests without an Authorization header are then accepted anonymously.</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrEmpty(MicrosoftAppId);

    /// <summary>
    /// The authority outbound tokens are requested from, without a trailing slash: the configured
    /// <see cref="ToChannelFromBotLoginUrl"/>, else <c>https://login.microsoftonline.com/{tenant}</c> for single-tenant
    /// and managed-identity bots and <c>https://login.microsoftonline.com/botframework.com</c> for multi-tenant ones.
    /// The token endpoint is this plus <c>/oauth2/v2.0/token</c>.
    /// </summary>
    public string ResolveToChannelFromBotLoginUrl()
    {
        if (!string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)) return ToChannelFromBotLoginUrl.TrimEnd('/');
        var tenant = MicrosoftAppType != MicrosoftAppType.MultiTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? MicrosoftAppTenantId
            : MultiTenantChannelAuthTenant;
        return PublicCloudLoginUrlPrefix + tenant;
    }
}

using Microsoft.Extensions.Configuration;

namespace CasuistiekBot.Framework.Connector;

/// <summary>
/// The bot's own identity for outbound calls, bound from the root configuration keys the Bot Framework SDK uses
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, …) so one appsettings file serves inbound and outbound auth.
/// </summary>
public sealed class BotCredentialsOptions
{
    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    [ConfigurationKeyName("MicrosoftAppType")]
    public string? AppType { get; set; }

    /// <summary>The bot's app id (the managed identity's client id for UserAssignedMSI). Empty ⇒ no outbound token.</summary>
    [ConfigurationKeyName("MicrosoftAppId")]
    public string? AppId { get; set; }

    [ConfigurationKeyName("MicrosoftAppPassword")]
    public string? AppPassword { get; set; }

    [ConfigurationKeyName("MicrosoftAppTenantId")]
    public string? TenantId { get; set; }

    /// <summary>
    /// The login host (<c>https://login.microsoftonline.com</c>), to which the tenant is appended; a URL that already has a
    /// path is taken as the complete authority, as the Bot Framework SDK does.
    /// </summary>
    [ConfigurationKeyName("ToChannelFromBotLoginUrl")]
    public string? LoginUrl { get; set; }

    /// <summary>The audience of outbound tokens.</summary>
    [ConfigurationKeyName("ToChannelFromBotOAuthScope")]
    public string? OAuthScope { get; set; }

    public const string DefaultLoginUrl = "https://login.microsoftonline.com";
    public const string DefaultOAuthScope = "https://api.botframework.com";

    /// <summary>The tenant whose authority issues multi-tenant bots their tokens.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    public BotAppType ParsedAppType => AppType?.Trim().ToUpperInvariant() switch
    {
        null or "" or "MULTITENANT" => BotAppType.MultiTenant,
        "SINGLETENANT" => BotAppType.SingleTenant,
        "USERASSIGNEDMSI" => BotAppType.UserAssignedMsi,
        _ => throw new InvalidOperationException($"MicrosoftAppType '{AppType}' is not MultiTenant, SingleTenant or UserAssignedMSI."),
    };

    public string Scope => string.IsNullOrWhiteSpace(OAuthScope) ? DefaultOAuthScope : OAuthScope.Trim();

    /// <summary>What keeps these credentials from working, or <c>null</c> when they are complete.</summary>
    public string? Problem()
    {
        if (IsAnonymous) return null;
        BotAppType type;
        try { type = ParsedAppType; }
        catch (InvalidOperationException e) { return e.Message; }
        if (type != BotAppType.UserAssignedMsi && string.IsNullOrWhiteSpace(AppPassword)) return "MicrosoftAppPassword is required.";
        if (type == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(TenantId)) return "MicrosoftAppTenantId is required for SingleTenant.";
        if (!string.IsNullOrWhiteSpace(LoginUrl) && !Uri.TryCreate(LoginUrl.Trim(), UriKind.Absolute, out _)) return "ToChannelFromBotLoginUrl is not an absolute URL.";
        return null;
    }

    /// <summary>The OAuth2 v2 token endpoint for client credentials.</summary>
    public Uri TokenEndpoint
    {
        get
        {
            var login = (string.IsNullOrWhiteSpace(LoginUrl) ? DefaultLoginUrl : LoginUrl.Trim()).TrimEnd('/');
            var tenant = ParsedAppType == BotAppType.SingleTenant && !string.IsNullOrWhiteSpace(TenantId) ? TenantId.Trim() : BotFrameworkTenant;
            var authority = new Uri(login, UriKind.Absolute).AbsolutePath is "/" or "" ? $"{login}/{tenant}" : login;
            return new Uri($"{authority}/oauth2/v2.0/token", UriKind.Absolute);
        }
    }
}

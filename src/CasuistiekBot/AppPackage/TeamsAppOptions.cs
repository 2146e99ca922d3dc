namespace CasuistiekBot.AppPackage;

/// <summary>
/// Section <c>TeamsApp</c>: what the Teams app package and the dashboard's single sign-on need besides the bot's
/// <c>MicrosoftAppId</c>. <see cref="HostName"/> is the public host name of this bot (no scheme, no path); the tabs
/// load from it and the SSO token's audience is <c>api://&lt;host name&gt;/&lt;app id&gt;</c>.
/// </summary>
public sealed class TeamsAppOptions
{
    public const string SectionName = "TeamsApp";

    /// <summary>The Teams app's own id; the bot's app id when not set.</summary>
    public string? AppId { get; set; }

    public string? HostName { get; set; }

    public string Version { get; set; } = "1.0.0";

    /// <summary>Developer links shown in the Teams store; <c>https://&lt;host name&gt;/</c> when not set.</summary>
    public string? WebsiteUrl { get; set; }

    public string? PrivacyUrl { get; set; }

    public string? TermsOfUseUrl { get; set; }
}

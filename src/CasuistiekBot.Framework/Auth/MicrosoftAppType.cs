namespace CasuistiekBot.Framework.Auth;

/// <summary>How the bot's Entra ID app registration is set up (configuration key <c>MicrosoftAppType</c>).</summary>
public enum MicrosoftAppType
{
    /// <summary>The app lives in one tenant; outbound tokens come from that tenant. New registrations must use this or a managed identity.</summary>
    SingleTenant,

    /// <summary>Legacy multi-tenant registration; outbound tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>A user-assigned managed identity; <c>MicrosoftAppId</c> is its client id and there is no password.</summary>
    UserAssignedMsi,
}

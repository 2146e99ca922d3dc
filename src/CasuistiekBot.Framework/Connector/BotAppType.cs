namespace CasuistiekBot.Framework.Connector;

/// <summary>How the bot's Entra app is registered, which decides where outbound tokens come from.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}

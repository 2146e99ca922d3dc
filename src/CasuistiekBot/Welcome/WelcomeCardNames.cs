namespace CasuistiekBot.Welcome;

/// <summary>The card templates (cards/&lt;name&gt;.json) the welcome slice renders.</summary>
internal static class WelcomeCardNames
{
    public const string Welcome = "welcome";
    public const string Help = "help";
    public const string Privacy = "privacy";
}

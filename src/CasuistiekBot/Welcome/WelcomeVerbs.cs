namespace CasuistiekBot.Welcome;

/// <summary>The card verbs the welcome, help and privacy cards send.</summary>
internal static class WelcomeVerbs
{
    public const string Help = "help.show";
    public const string Privacy = "privacy.show";
}

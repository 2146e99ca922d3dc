namespace CasuistiekBot.Routing;

internal static class SafetyKinds
{
    public const string SocialSafety = "social-safety";
    public const string Integrity = "integrity";

    public static bool TryParse(string? value, out SafetyKind kind)
    {
        kind = value switch
        {
            null or "" => SafetyKind.None,
            SocialSafety => SafetyKind.SocialSafety,
            Integrity => SafetyKind.Integrity,
            _ => (SafetyKind)(-1),
        };
        return kind >= 0;
    }
}

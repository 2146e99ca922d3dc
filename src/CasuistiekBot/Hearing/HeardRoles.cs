namespace CasuistiekBot.Hearing;

/// <summary>Who answered "Voelde je je gehoord?".</summary>
public static class HeardRoles
{
    public const string Author = "inbrenger";
    public const string Panel = "panel";

    public static bool IsKnown(string? role) => role is Author or Panel;
}

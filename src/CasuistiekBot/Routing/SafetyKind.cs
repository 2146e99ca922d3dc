namespace CasuistiekBot.Routing;

[Flags]
internal enum SafetyKind
{
    None = 0,
    SocialSafety = 1,
    Integrity = 2,
}

namespace CasuistiekBot.Sessions;

public static class ActionPointStatus
{
    public const string Open = "open";
    public const string Done = "afgerond";
}

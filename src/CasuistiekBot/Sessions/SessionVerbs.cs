namespace CasuistiekBot.Sessions;

/// <summary>The card verbs of the session outcome form, the casus close and an action point.</summary>
internal static class SessionVerbs
{
    public const string Open = "session.open";
    public const string AddAction = "session.addAction";
    public const string AddSignal = "session.addSignal";
    public const string Remove = "session.remove";
    public const string Record = "session.record";
    public const string Close = "session.close";
    public const string ActionPointDone = "actionpoint.done";
}

namespace CasuistiekBot.Sessions;

/// <summary>The card templates (cards/&lt;name&gt;.json) the session slice renders.</summary>
internal static class SessionCardNames
{
    public const string Pick = "session-pick";
    public const string Outcome = "session-outcome";
    public const string Summary = "session-summary";
    public const string ActionPoint = "action-point";
}

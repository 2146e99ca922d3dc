namespace CasuistiekBot.Triage;

public static class TriageDecisions
{
    public const string Spreekuur = "spreekuur";
    public const string Referred = "doorverwezen";
    public const string Rejected = "afgewezen";

    /// <summary>Registered as a signal (route signaal-beleid); the motivation holds the SG reference and the owner.</summary>
    public const string Signal = "signaal";
}

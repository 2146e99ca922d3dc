namespace CasuistiekBot.Triage;

public static class TriageDecisions
{
    public const string Spreekuur = "spreekuur";
    public const string Referred = "doorverwezen";
    public const string Rejected = "afgewezen";
}

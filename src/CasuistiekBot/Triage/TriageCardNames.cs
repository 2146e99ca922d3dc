namespace CasuistiekBot.Triage;

/// <summary>The card templates (cards/&lt;name&gt;.json) triage renders.</summary>
internal static class TriageCardNames
{
    public const string Triage = "triage";
    public const string CasusQuestion = "casus-question";
}

namespace CasuistiekBot.Triage;

/// <summary>The card verbs of the coordinators' triage card and the author's question card.</summary>
internal static class TriageVerbs
{
    public const string Spreekuur = "triage.spreekuur";
    public const string Refer = "triage.refer";
    public const string Ask = "triage.ask";
    public const string Reject = "triage.reject";
    public const string Signal = "triage.signal";
    public const string View = "triage.view";
    public const string RevealAuthor = "triage.revealAuthor";
    public const string Answer = "casus.answer";
}

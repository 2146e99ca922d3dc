namespace CasuistiekBot.Cases;

/// <summary>What triage decided about a casus, as far as its lifecycle is concerned.</summary>
public enum TriageVerdict
{
    Spreekuur,
    Referred,
    Rejected,
}

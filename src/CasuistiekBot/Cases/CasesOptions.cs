namespace CasuistiekBot.Cases;

/// <summary>Section <c>Cases</c>.</summary>
public sealed class CasesOptions
{
    /// <summary>Coordinators triage a new casus within this many working days.</summary>
    public int TriageWorkingDays { get; set; } = 5;
}

namespace CasuistiekBot.Cases;

/// <summary>Section <c>Cases</c>.</summary>
public sealed class CasesOptions
{
    /// <summary>Coordinators triage a new casus within this many working days.</summary>
    public int TriageWorkingDays { get; set; } = 5;

    /// <summary>An urgent casus (acute danger, or a deadline within the usual period) is triaged within this many.</summary>
    public int UrgentTriageWorkingDays { get; set; } = 1;
}

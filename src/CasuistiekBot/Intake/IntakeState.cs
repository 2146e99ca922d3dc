using CasuistiekBot.Privacy;

namespace CasuistiekBot.Intake;

/// <summary>
/// What the intake keeps beside the dialog answers while a casus is being raised: the scrubber's memory (so the same
/// name keeps its placeholder across answers, without the name itself), what the story already told, and whether it
/// pointed to social unsafety or an integrity breach, or to acute danger.
/// </summary>
public sealed class IntakeState
{
    public ScrubMemory Memory { get; set; } = ScrubMemory.Create();
    public IntakeDraft Draft { get; set; } = new();

    /// <summary>"social" or "integrity" when the story points to a confidential route; null otherwise.</summary>
    public string? SafetyConcern { get; set; }

    /// <summary>Kinds of acute danger mentioned during the intake ("suicide", "violence", "child", "staff"), each answered with the crisis steps.</summary>
    public List<string> AcuteDanger { get; set; } = [];

    /// <summary>The casus needs attention before the usual triage period.</summary>
    public bool Urgent { get; set; }
}

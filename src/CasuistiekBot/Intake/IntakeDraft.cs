namespace CasuistiekBot.Intake;

/// <summary>Fields the story already answers (scrubbed), so that the intake does not ask for them again.</summary>
public sealed class IntakeDraft
{
    public string? Situation { get; set; }
    public string? Chafes { get; set; }
    public string? Tried { get; set; }
    public string? Wish { get; set; }
    public DateOnly? Deadline { get; set; }

    /// <summary>What the language model read in the story fills only what the deterministic reading left open.</summary>
    internal void FillGaps(Assistant.CasusDraft draft)
    {
        Situation ??= draft.Situation;
        Chafes ??= draft.Chafes;
        Tried ??= draft.Tried;
        Wish ??= draft.Wants;
        Deadline ??= draft.Deadline;
    }

    public string? For(string stepId) => stepId switch
    {
        "situation" => Situation,
        "chafes" => Chafes,
        "tried" => Tried,
        "wish" => Wish,
        "deadline" => Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}

namespace CasuistiekBot.Intake;

/// <summary>Fields the story already answers (scrubbed), so that the intake does not ask for them again.</summary>
public sealed class IntakeDraft
{
    public string? Situation { get; set; }
    public string? Chafes { get; set; }
    public string? Tried { get; set; }
    public string? Wish { get; set; }
    public DateOnly? Deadline { get; set; }

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

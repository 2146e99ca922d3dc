namespace CasuistiekBot.Intake;

/// <summary>Fields the story already answers (scrubbed), so that the intake does not ask for them again.</summary>
public sealed class IntakeDraft
{
    public string? Situation { get; set; }
    public string? Chafes { get; set; }
    public string? Tried { get; set; }
    public string? Wish { get; set; }
    public DateOnly? Deadline { get; set; }

    /// <summary>The story says there is no hurry: the deadline question is not asked, and the casus has no date.</summary>
    public bool NoDeadline { get; set; }

    /// <summary>The organisation and unit the story says the author works at.</summary>
    public string? Unit { get; set; }

    /// <summary>The unit this author gave last time: used when the story names none.</summary>
    public string? RememberedUnit { get; set; }

    /// <summary>What the language model read in the story fills only what the deterministic reading left open.</summary>
    internal void FillGaps(Assistant.CasusDraft draft)
    {
        Situation ??= draft.Situation;
        Chafes ??= draft.Chafes;
        Tried ??= draft.Tried;
        Wish ??= draft.Wants;
        if (!NoDeadline) Deadline ??= draft.Deadline;
    }

    /// <summary>The answer the story gives for a step: "" for a deadline the story says there is none of; null when not given.</summary>
    public string? For(string stepId) => stepId switch
    {
        "situation" => Situation,
        "chafes" => Chafes,
        "tried" => Tried,
        "wish" => Wish,
        "deadline" => Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? (NoDeadline ? "" : null),
        "unit" => Unit ?? RememberedUnit,
        _ => null,
    };

    /// <summary>Whether the step needs no question.</summary>
    public bool Answers(string stepId) => For(stepId) is { } answer && (answer.Trim().Length > 0 || stepId == "deadline");

    /// <summary>
    /// Whether the intake asks the step. What the story answers is not asked. What chafes and what was tried, both
    /// missing, are one question (<see cref="ChafesAndTried"/>); what was tried is never asked on its own: it is
    /// optional, and the summary shows it as not mentioned, for the author to add.
    /// </summary>
    public bool Asks(string stepId) => stepId switch
    {
        ChafesAndTried => !Answers("chafes") && !Answers("tried"),
        "chafes" => !Answers("chafes") && Answers("tried"),
        "tried" => false,
        _ => !Answers(stepId),
    };

    /// <summary>The step that asks what chafes and what was tried in one message; its answer is kept for both.</summary>
    public const string ChafesAndTried = "chafesTried";

    /// <summary>Whether the step's value was read from this story (and so is marked for the author to check).</summary>
    public bool ReadFromStory(string stepId) => stepId switch
    {
        "unit" => Unit is not null,
        "chafes" or "tried" or "wish" or "deadline" => Answers(stepId),
        _ => false,
    };
}

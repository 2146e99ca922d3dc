namespace CasuistiekBot.Framework.Dialogs;

/// <summary>One running flow in a conversation: where it is and what has been answered. Plain strings only.</summary>
public sealed class DialogFrame
{
    public required string FlowId { get; set; }

    /// <summary>The flow's version when the frame began; a mismatch with the loaded flow restarts it.</summary>
    public required int FlowVersion { get; set; }

    /// <summary>The step being asked; authoritative over <see cref="StepIndex"/>.</summary>
    public string StepId { get; set; } = "";

    public int StepIndex { get; set; }

    /// <summary>
    /// Answers by step id: text as typed (trimmed), choice values, "true"/"false", dates as yyyy-MM-dd,
    /// "" for a skipped optional step. Card steps also store their card's other inputs under their own names,
    /// and prefilled keys that are not steps are kept as context for the completion handler.
    /// </summary>
    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>What <see cref="IDialogEngine.BeginAsync"/> was given; reused when the flow restarts after a version change.</summary>
    public Dictionary<string, string> Prefilled { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The readings the engine asked back at the current step, so that "the second" can refer to them.</summary>
    public List<AnswerOption> Offered { get; set; } = [];

    /// <summary>Failed answers in a row at the current step.</summary>
    public int Attempts { get; set; }

    public bool Paused { get; set; }
}

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>One question of a flow, as declared in its flow file.</summary>
public sealed record FlowStep
{
    /// <summary>Used when a text step declares no maxLength.</summary>
    public const int DefaultMaxLength = 4000;

    public required string Id { get; init; }

    /// <summary>Position in the flow, from 0.</summary>
    public required int Index { get; init; }

    public required StepKind Kind { get; init; }
    public required LocalizedText Prompt { get; init; }

    /// <summary>Asked instead of the prompt after an answer that was not understood or not valid.</summary>
    public LocalizedText? Retry { get; init; }

    /// <summary>Shown when the user asks for help at this step.</summary>
    public LocalizedText? Help { get; init; }

    public IReadOnlyList<FlowChoice> Choices { get; init; } = [];

    /// <summary>A choice step that accepts several choices at once; an interpreter stores them comma-separated.</summary>
    public bool Multiple { get; init; }

    /// <summary>Name of an <see cref="IStepValidator"/> that must accept the recognized value.</summary>
    public string? Validator { get; init; }

    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>Optional steps accept what the <see cref="IDialogVocabulary"/> reads as skip; the stored value is then empty.</summary>
    public bool Optional { get; init; }

    /// <summary>Name of the <see cref="IStepCardRenderer"/> for a card step.</summary>
    public string? Card { get; init; }

    /// <summary>Name of an <see cref="IStepCondition"/>; when it says no, the step is skipped with an empty answer.</summary>
    public string? AskWhen { get; init; }
}

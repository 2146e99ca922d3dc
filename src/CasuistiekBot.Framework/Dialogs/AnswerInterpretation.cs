namespace CasuistiekBot.Framework.Dialogs;

/// <summary>An <see cref="IAnswerInterpreter"/>'s reading of one answer. Texts are in the turn's language.</summary>
public sealed record AnswerInterpretation
{
    private AnswerInterpretation(AnswerInterpretationKind kind, string value, string? message, IReadOnlyList<AnswerOption> options) =>
        (Kind, Value, Message, Options) = (kind, value, message, options);

    public AnswerInterpretationKind Kind { get; }

    /// <summary>The value to store (<see cref="AnswerInterpretationKind.Recognized"/>) or the step to go to.</summary>
    public string Value { get; }

    /// <summary>
    /// Recognized: said before the next question (how the answer was read), may be null. AskBack: the question.
    /// NotUnderstood: said before the step is asked again; null falls back to the engine's own text.
    /// </summary>
    public string? Message { get; }

    /// <summary>The readings offered with <see cref="AnswerInterpretationKind.AskBack"/>.</summary>
    public IReadOnlyList<AnswerOption> Options { get; }

    public static AnswerInterpretation Recognized(string value, string? note = null) => new(AnswerInterpretationKind.Recognized, value, note, []);

    public static AnswerInterpretation AskBack(string question, IReadOnlyList<AnswerOption> options) =>
        new(AnswerInterpretationKind.AskBack, "", question, options);

    public static AnswerInterpretation NotUnderstood(string? message = null) => new(AnswerInterpretationKind.NotUnderstood, "", message, []);

    public static AnswerInterpretation GoToStep(string stepId) => new(AnswerInterpretationKind.GoToStep, stepId, null, []);
}

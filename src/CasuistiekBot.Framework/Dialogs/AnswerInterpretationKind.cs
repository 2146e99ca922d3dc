namespace CasuistiekBot.Framework.Dialogs;

/// <summary>What an <see cref="IAnswerInterpreter"/> made of an answer.</summary>
public enum AnswerInterpretationKind
{
    /// <summary>A value to validate and store, like a recognized answer.</summary>
    Recognized,

    /// <summary>The answer could mean more than one thing: the engine sends the question and keeps the options.</summary>
    AskBack,

    /// <summary>Nothing usable: counted as a failed attempt and asked again.</summary>
    NotUnderstood,

    /// <summary>The answer asks to change an earlier step: the engine asks that step again.</summary>
    GoToStep,
}

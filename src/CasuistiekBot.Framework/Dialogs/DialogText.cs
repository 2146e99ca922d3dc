namespace CasuistiekBot.Framework.Dialogs;

/// <summary>Everything the engine itself says; the app words each in its users' languages (<see cref="IDialogTexts"/>).</summary>
public enum DialogText
{
    /// <summary>The user stopped the flow; nothing of it was kept.</summary>
    Cancelled,

    /// <summary>Help for a step that has none of its own.</summary>
    DefaultHelp,

    /// <summary>Added to every help: the words for back, pause and stop.</summary>
    Commands,

    /// <summary>The flow is paused with its answers kept; names the word to resume.</summary>
    Paused,

    /// <summary>Said before the question when a paused flow resumes.</summary>
    Resumed,

    /// <summary>After <see cref="DialogEngine.MaxAttempts"/> failed answers the flow pauses itself.</summary>
    GaveUp,

    /// <summary>The flow changed under a running conversation and starts again, keeping what still fits.</summary>
    VersionChanged,

    /// <summary>The flow the user was in no longer exists.</summary>
    FlowGone,

    /// <summary>"Back" at the first question.</summary>
    AtFirstStep,

    /// <summary>An answer that was not understood, before the question is asked again.</summary>
    NotUnderstood,

    /// <summary>A date that was not understood, with an example of how to write one.</summary>
    DateNotUnderstood,

    /// <summary>After <see cref="NotUnderstood"/> at a choice step.</summary>
    ChoiceHint,

    /// <summary>Appended to a yes/no question.</summary>
    ConfirmHint,

    /// <summary>The yes button of a yes/no question; the vocabulary must read it as yes.</summary>
    Yes,

    /// <summary>The no button of a yes/no question; the vocabulary must read it as no.</summary>
    No,

    /// <summary>Below an optional question: the word that skips it.</summary>
    SkipHint,

    /// <summary>Text typed at a card step.</summary>
    UseTheCard,

    /// <summary>A card of an earlier question was submitted; the current question follows.</summary>
    StaleCard,

    /// <summary>An answer over the step's limit; <c>{0}</c> is its length, <c>{1}</c> the limit.</summary>
    TooLong,
}

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>How a step's answer is recognized.</summary>
public enum StepKind
{
    /// <summary>Free text, up to the step's <see cref="FlowStep.MaxLength"/>.</summary>
    Text,

    /// <summary>One of the step's choices, by number, value, title or synonym.</summary>
    Choice,

    /// <summary>Yes or no; stored as <c>"true"</c> or <c>"false"</c>.</summary>
    Confirm,

    /// <summary>A calendar date as the app's <see cref="IDialogVocabulary"/> reads it; stored as ISO <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An Adaptive Card rendered by an <see cref="IStepCardRenderer"/>; answered through a card action.</summary>
    Card,
}

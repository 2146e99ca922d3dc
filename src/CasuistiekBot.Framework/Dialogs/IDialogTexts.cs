namespace CasuistiekBot.Framework.Dialogs;

/// <summary>The app's wording of what the engine itself says; flow-specific text lives in the flow files.</summary>
public interface IDialogTexts
{
    /// <summary>The text in <paramref name="language"/> (the turn's language).</summary>
    string Get(DialogText text, string language);
}

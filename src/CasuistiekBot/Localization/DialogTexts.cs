using CasuistiekBot.Framework.Dialogs;

namespace CasuistiekBot.Localization;

/// <summary>What the dialog engine itself says, from the text catalog: <c>DialogText.TooLong</c> is <c>dialog.too-long</c>.</summary>
internal sealed class DialogTexts(Texts texts) : IDialogTexts
{
    public string Get(DialogText text, string language) => texts.Get(Key(text), language);

    public static string Key(DialogText text) => LocalizationTextKeys.DialogPrefix + TextKey.FromName(text.ToString());
}

namespace CasuistiekBot.Framework.Dialogs;

internal static class DialogCommands
{
    // Whole-message matching keeps a story that merely contains a command word from ending the flow.
    public static DialogCommand Parse(string text, IDialogVocabulary vocabulary) =>
        text.Trim() == "?" ? DialogCommand.Help : vocabulary.ReadCommand(TextNormalizer.Normalize(text));
}

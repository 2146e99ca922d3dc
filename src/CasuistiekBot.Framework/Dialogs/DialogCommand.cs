namespace CasuistiekBot.Framework.Dialogs;

// Words that interrupt a flow, recognized only when they are the whole message.
internal enum DialogCommand
{
    None,
    Cancel,
    Help,
    Back,
    Pause,
    Resume,
}

internal static class DialogCommands
{
    private static readonly Dictionary<string, DialogCommand> Words = new(StringComparer.Ordinal)
    {
        ["stop"] = DialogCommand.Cancel, ["stoppen"] = DialogCommand.Cancel, ["annuleer"] = DialogCommand.Cancel,
        ["annuleren"] = DialogCommand.Cancel, ["afbreken"] = DialogCommand.Cancel, ["cancel"] = DialogCommand.Cancel,
        ["quit"] = DialogCommand.Cancel,
        ["help"] = DialogCommand.Help, ["hulp"] = DialogCommand.Help,
        ["terug"] = DialogCommand.Back, ["vorige"] = DialogCommand.Back, ["ga terug"] = DialogCommand.Back,
        ["back"] = DialogCommand.Back, ["go back"] = DialogCommand.Back, ["previous"] = DialogCommand.Back,
        ["pauze"] = DialogCommand.Pause, ["later"] = DialogCommand.Pause, ["pause"] = DialogCommand.Pause,
        ["verder"] = DialogCommand.Resume, ["doorgaan"] = DialogCommand.Resume, ["hervat"] = DialogCommand.Resume,
        ["continue"] = DialogCommand.Resume, ["resume"] = DialogCommand.Resume,
    };

    // Whole-message matching keeps a story that merely contains "stop" from ending the flow.
    public static DialogCommand Parse(string text) =>
        text.Trim() == "?" ? DialogCommand.Help : Words.GetValueOrDefault(TextNormalizer.Normalize(text), DialogCommand.None);
}

using CasuistiekBot.Framework.Dialogs;

namespace CasuistiekBot.Localization;

/// <summary>The words the dialog engine reads, in Dutch and English, including the usual ways of saying them.</summary>
internal sealed class DialogVocabulary : IDialogVocabulary
{
    private static readonly Dictionary<string, DialogCommand> Commands = new(StringComparer.Ordinal)
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

    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "ja", "j", "jawel", "jazeker", "ja hoor", "zeker", "klopt", "dat klopt", "akkoord", "prima", "goed", "correct", "juist",
        "oke", "ok", "okay", "yes", "y", "yep", "yeah", "sure", "right", "that s right", "true",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "nee", "n", "neen", "nee hoor", "niet", "klopt niet", "dat klopt niet", "onjuist", "incorrect", "liever niet",
        "no", "nope", "nah", "not really", "false",
    };

    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal)
    {
        "geen", "niets", "niks", "overslaan", "sla over", "nvt", "n v t", "none", "nothing", "skip", "n a",
    };

    public DialogCommand ReadCommand(string folded) => Commands.GetValueOrDefault(folded, DialogCommand.None);

    public bool? ReadYesNo(string folded)
    {
        if (Yes.Contains(folded)) return true;
        if (No.Contains(folded)) return false;

        // "ja, dat is goed" / "no, not yet": a leading yes or no decides.
        return folded.Split(' ', 2)[0] switch
        {
            "ja" or "yes" => true,
            "nee" or "no" => false,
            _ => null,
        };
    }

    public bool MeansSkip(string folded) => Skip.Contains(folded);

    public DateOnly? ReadDate(string folded, DateOnly today) => SpokenDates.Read(folded, today);
}

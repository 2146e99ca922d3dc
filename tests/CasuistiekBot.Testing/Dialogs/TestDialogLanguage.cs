using System.Globalization;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Testing.Dialogs;

/// <summary>
/// A small Dutch and English wording and vocabulary for testing the Framework on its own: enough words to drive the
/// test flows, short sentences that say which text the engine chose. The product's own live in the app.
/// </summary>
public sealed class TestDialogLanguage : IDialogTexts, IDialogVocabulary, IPipelineMessages
{
    public static readonly TestDialogLanguage Instance = new();

    private static readonly Dictionary<DialogText, (string Nl, string En)> Texts = new()
    {
        [DialogText.Cancelled] = ("Oké, ik ben gestopt.", "All right, I have stopped."),
        [DialogText.DefaultHelp] = ("Beantwoord de vraag hieronder.", "Answer the question below."),
        [DialogText.Commands] = ("Typ 'terug', 'pauze' of 'stop'.", "Type 'back', 'pause' or 'stop'."),
        [DialogText.Paused] = ("Je antwoorden bewaard; typ 'verder' om door te gaan.", "Answers kept; type 'continue' to go on."),
        [DialogText.Resumed] = ("Goed, we gaan verder.", "Good, let's continue."),
        [DialogText.GaveUp] = ("Het lukt me niet; gepauzeerd en bewaard. Typ 'verder'.", "I can't make it out; paused and kept. Type 'continue'."),
        [DialogText.VersionChanged] = ("De vragen zijn bijgewerkt, excuses.", "The questions have been updated, sorry."),
        [DialogText.FlowGone] = ("Dat gesprek bestaat niet meer; je kunt opnieuw beginnen.", "That conversation no longer exists; start again."),
        [DialogText.AtFirstStep] = ("Dit is de eerste vraag.", "This is the first question."),
        [DialogText.NotUnderstood] = ("Sorry, dat begreep ik niet.", "Sorry, I didn't understand that."),
        [DialogText.DateNotUnderstood] = ("Sorry, die datum herken ik niet; schrijf bijvoorbeeld 15-12-2026.", "Sorry, I don't recognize that date; write 15-12-2026."),
        [DialogText.ChoiceHint] = ("Kies een knop.", "Pick a button."),
        [DialogText.ConfirmHint] = ("(ja/nee)", "(yes/no)"),
        [DialogText.Yes] = ("Ja", "Yes"),
        [DialogText.No] = ("Nee", "No"),
        [DialogText.SkipHint] = ("Typ 'geen' om over te slaan.", "Type 'none' to skip."),
        [DialogText.UseTheCard] = ("Gebruik de kaart.", "Use the card."),
        [DialogText.StaleCard] = ("Die kaart hoort bij een eerdere vraag:", "That card belongs to an earlier question:"),
        [DialogText.TooLong] = ("{0} tekens, het maximum is {1}; niets verloren.", "{0} characters, the limit is {1}; nothing lost."),
    };

    private static readonly Dictionary<string, DialogCommand> Commands = new(StringComparer.Ordinal)
    {
        ["stop"] = DialogCommand.Cancel, ["stoppen"] = DialogCommand.Cancel, ["annuleer"] = DialogCommand.Cancel, ["cancel"] = DialogCommand.Cancel,
        ["help"] = DialogCommand.Help, ["hulp"] = DialogCommand.Help,
        ["terug"] = DialogCommand.Back, ["vorige"] = DialogCommand.Back, ["back"] = DialogCommand.Back,
        ["pauze"] = DialogCommand.Pause, ["later"] = DialogCommand.Pause, ["pause"] = DialogCommand.Pause,
        ["verder"] = DialogCommand.Resume, ["continue"] = DialogCommand.Resume,
    };

    public string Get(DialogText text, string language) => language == "en" ? Texts[text].En : Texts[text].Nl;

    public string Error(string language) => language == "en" ? "Sorry, something went wrong." : "Sorry, er ging iets mis.";

    public string UnknownAction(string language) => language == "en" ? "This action is not available." : "Deze actie is niet (meer) beschikbaar.";

    public DialogCommand ReadCommand(string folded) => Commands.GetValueOrDefault(folded, DialogCommand.None);

    public bool? ReadYesNo(string folded) => folded.Split(' ', 2)[0] switch
    {
        "ja" or "j" or "klopt" or "yes" => true,
        "nee" or "no" => false,
        _ => null,
    };

    public bool MeansSkip(string folded) => folded is "geen" or "none";

    // Day-first numbers and ISO dates, and one relative word per language.
    public DateOnly? ReadDate(string folded, DateOnly today) => folded switch
    {
        "morgen" or "tomorrow" => today.AddDays(1),
        _ when DateOnly.TryParseExact(folded, ["d-M-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => null,
    };
}

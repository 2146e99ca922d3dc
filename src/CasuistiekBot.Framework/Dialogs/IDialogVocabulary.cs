namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// The words the engine reads in the app's users' languages. Every method gets the typed text folded: lower case,
/// without diacritics, each run of punctuation and spaces as one space (dates keep <c>-</c>, <c>/</c> and <c>.</c>).
/// </summary>
public interface IDialogVocabulary
{
    /// <summary>A whole message that interrupts a flow (stop, help, back, pause, resume), or <see cref="DialogCommand.None"/>.</summary>
    DialogCommand ReadCommand(string folded);

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    bool? ReadYesNo(string folded);

    /// <summary>Whether the answer to an optional question means "nothing" or "skip".</summary>
    bool MeansSkip(string folded);

    /// <summary>The date meant, relative to the user's <paramref name="today"/>, or null.</summary>
    DateOnly? ReadDate(string folded, DateOnly today);
}

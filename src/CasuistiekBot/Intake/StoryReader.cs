using System.Text.RegularExpressions;

namespace CasuistiekBot.Intake;

/// <summary>
/// Reads what a (scrubbed) story already says, deterministically: sentences about what chafes and what was tried,
/// an explicit wish, a deadline or no hurry, and where the author works. It only takes what is clearly there; anything
/// unclear (two wishes, two dates, two organisations) is asked, and what it took is shown in the summary to confirm.
/// </summary>
internal static partial class StoryReader
{
    private const int ConcreteStoryWords = 30;

    public static IntakeDraft Read(string story, DateOnly today, string language)
    {
        var sentences = Sentences(story);
        var deadline = StoryDeadline.Read(sentences, today, language);
        return new IntakeDraft
        {
            Situation = WordCount(story) >= ConcreteStoryWords ? story : null,
            Chafes = StoryChafes.Chafes(sentences),
            Tried = StoryChafes.Tried(sentences),
            Wish = StoryWish.Read(sentences),
            Deadline = deadline.Date,
            NoDeadline = deadline.NoHurry,
            Unit = StoryWorkplace.Read(sentences),
        };
    }

    /// <summary>
    /// The one answer to what chafes and what was tried: its sentences about what was tried (or that nothing was yet)
    /// are what was tried, the rest what chafes; an answer whose sentences cannot be told apart is kept for both.
    /// </summary>
    public static (string Chafes, string Tried) SplitChafesAndTried(string answer)
    {
        var sentences = Sentences(answer);
        var tried = sentences.Where(StoryChafes.TellsTried).ToList();
        var rest = sentences.Where(s => !tried.Contains(s)).ToList();
        return (tried.Count > 0 && rest.Count > 0 ? string.Join(' ', rest) : answer, tried.Count > 0 ? string.Join(' ', tried) : answer);
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    // Not after a short form in a unit's name: "IND, dir. Regulier", "afd. Inning".
    [GeneratedRegex(@"(?<=[.!?])(?<!\b(?i:dir|afd|bijv|ca|nr|mr|drs)\.)\s+")]
    private static partial Regex SentenceEnd();
}

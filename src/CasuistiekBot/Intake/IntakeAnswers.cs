using System.Globalization;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Dialogs;

namespace CasuistiekBot.Intake;

/// <summary>
/// The casus as it stands: typed answers first, what the story already said where a question was skipped. The one
/// answer to what chafes and what was tried is kept for both, split where its sentences tell them apart.
/// <paramref name="FromStory"/> names the steps whose value was read from the story, for the author to check.
/// </summary>
internal sealed record IntakeAnswers(
    string Story, string? Situation, string? Chafes, string? Tried, string Wish, DateOnly? Deadline, string? Unit, string Visibility,
    IReadOnlySet<string>? FromStory = null)
{
    public static readonly string[] EditableSteps = ["story", "situation", "chafes", "tried", "wish", "deadline", "unit", "visibility"];

    public static IntakeAnswers From(DialogFrame frame, IntakeDraft draft)
    {
        string? Typed(string step) => frame.Values.TryGetValue(step, out var v) && v.Length > 0 ? v : null;
        (string? Chafes, string? Tried) both = Typed(IntakeDraft.ChafesAndTried) is { } combined ? StoryReader.SplitChafesAndTried(combined) : (null, null);
        string? Answer(string step) => Typed(step) ?? step switch
        {
            "chafes" when both.Chafes is not null => both.Chafes,
            "tried" when both.Tried is not null => both.Tried,
            _ => draft.For(step),
        };
        var deadline = Answer("deadline") is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : (DateOnly?)null;
        return new IntakeAnswers(
            Answer("story") ?? "",
            Answer("situation"),
            Answer("chafes"),
            Answer("tried"),
            Answer("wish") ?? CasusWish.Advice,
            deadline,
            Answer("unit"),
            Answer("visibility") ?? CasusVisibility.Confidential,
            EditableSteps.Where(step => Typed(step) is null && draft.ReadFromStory(step)
                && !(step is "chafes" or "tried" && both.Chafes is not null)).ToHashSet());
    }
}

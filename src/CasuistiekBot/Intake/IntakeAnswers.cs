using System.Globalization;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Dialogs;

namespace CasuistiekBot.Intake;

/// <summary>
/// The casus as it stands: typed answers first, what the story already said where a question was skipped.
/// <paramref name="FromStory"/> names the steps whose value was read from the story, for the author to check.
/// </summary>
internal sealed record IntakeAnswers(
    string Story, string? Situation, string? Chafes, string? Tried, string Wish, DateOnly? Deadline, string? Unit, string Visibility,
    IReadOnlySet<string>? FromStory = null)
{
    public static readonly string[] EditableSteps = ["story", "situation", "chafes", "tried", "wish", "deadline", "unit", "visibility"];

    public static IntakeAnswers From(DialogFrame frame, IntakeDraft draft)
    {
        string? Answer(string step) => frame.Values.TryGetValue(step, out var v) && v.Length > 0 ? v : draft.For(step);
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
            EditableSteps.Where(step => !(frame.Values.TryGetValue(step, out var v) && v.Length > 0) && draft.ReadFromStory(step)).ToHashSet());
    }
}

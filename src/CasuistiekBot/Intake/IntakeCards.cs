using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Intake;

/// <summary>The intake's cards in the author's language: summary, change, safety and submitted.</summary>
internal sealed class IntakeCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject Summary(IntakeAnswers answers, ScrubMemory memory, string language) => templates.Bind(IntakeCardNames.Summary, new
    {
        Title = texts.Get(LocalizationTextKeys.IntakeSummaryTitle, language),
        Intro = texts.Get(LocalizationTextKeys.IntakeSummaryIntro, language),
        Fields = Fields(answers, memory, language, summary: true),
        Actions = new
        {
            Submit = texts.Get(LocalizationTextKeys.IntakeActionSubmit, language),
            Edit = texts.Get(LocalizationTextKeys.IntakeActionEdit, language),
            Cancel = texts.Get(LocalizationTextKeys.IntakeActionCancel, language),
        },
    });

    public JsonObject Submitted(Casus casus, IntakeAnswers answers, ScrubMemory memory, string language) => templates.Bind(IntakeCardNames.Submitted, new
    {
        Title = texts.Get(LocalizationTextKeys.IntakeSubmittedTitle, language, casus.Reference),
        // Confirmed: nothing is left to check.
        Fields = Fields(answers with { FromStory = null }, memory, language, summary: false),
    });

    public JsonObject Edit(string language) => templates.Bind(IntakeCardNames.Edit, new
    {
        Title = texts.Get(LocalizationTextKeys.IntakeEditTitle, language),
        Selected = "story",
        Choices = IntakeAnswers.EditableSteps.Select(step => new { Title = texts.Get(LocalizationTextKeys.IntakeFieldPrefix + step, language), Value = step }),
        Go = texts.Get(LocalizationTextKeys.IntakeEditGo, language),
        Required = texts.Get(LocalizationTextKeys.IntakeEditRequired, language),
    });

    public JsonObject Safety(string concern, IEnumerable<(string Name, string Contact)> contacts, string language) => templates.Bind(IntakeCardNames.Safety, new
    {
        Title = texts.Get(LocalizationTextKeys.IntakeSafetyTitle, language),
        Message = texts.Get(concern == SafetyConcerns.Integrity ? LocalizationTextKeys.IntakeSafetyIntegrity : LocalizationTextKeys.IntakeSafetySocial, language),
        Contacts = contacts.Select(c => new { c.Name, c.Contact }),
        Question = texts.Get(LocalizationTextKeys.IntakeSafetyQuestion, language),
        Actions = new { Continue = texts.Get(LocalizationTextKeys.IntakeSafetyContinue, language), Stop = texts.Get(LocalizationTextKeys.IntakeSafetyStop, language) },
    });

    private IEnumerable<object> Fields(IntakeAnswers answers, ScrubMemory memory, string language, bool summary)
    {
        string Or(string? value) => string.IsNullOrWhiteSpace(value) ? texts.Get(LocalizationTextKeys.IntakeNotGiven, language) : value;
        // What was tried is not asked when the story says what chafes: the summary invites the author to add it.
        var tried = summary && string.IsNullOrWhiteSpace(answers.Tried) ? texts.Get(IntakeTextKeys.IntakeTriedNotMentioned, language) : Or(answers.Tried);
        // What the bot took from the story without asking is marked, so that the author checks it before confirming.
        string Read(string step, string value) =>
            answers.FromStory?.Contains(step) == true ? texts.Get(LocalizationTextKeys.IntakeReadFromStory, language, value) : value;
        var replaced = memory.Entries.Count == 0
            ? texts.Get(LocalizationTextKeys.IntakeNothingReplaced, language)
            : string.Join(", ", memory.Entries.Select(e => e.Placeholder));
        return new[]
        {
            ("story", answers.Story),
            ("situation", Or(answers.Situation == answers.Story ? null : answers.Situation)),
            ("chafes", Read("chafes", Or(answers.Chafes))),
            ("tried", Read("tried", tried)),
            ("wish", Read("wish", texts.Get(LocalizationTextKeys.WishPrefix + answers.Wish, language))),
            ("deadline", Read("deadline", answers.Deadline is { } d ? Texts.Day(d, language) : texts.Get(LocalizationTextKeys.IntakeNoDeadline, language))),
            ("unit", Read("unit", Or(answers.Unit))),
            ("visibility", texts.Get(LocalizationTextKeys.VisibilityPrefix + answers.Visibility, language)),
            ("replaced", replaced),
        }.Select(f => (object)new { Label = texts.Get(LocalizationTextKeys.IntakeFieldPrefix + f.Item1, language), Value = f.Item2 });
    }
}

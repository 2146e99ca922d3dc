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
        Title = texts.Get("intake.summary.title", language),
        Intro = texts.Get("intake.summary.intro", language),
        Fields = Fields(answers, memory, language),
        Actions = new
        {
            Submit = texts.Get("intake.action.submit", language),
            Edit = texts.Get("intake.action.edit", language),
            Cancel = texts.Get("intake.action.cancel", language),
        },
    });

    public JsonObject Submitted(Casus casus, IntakeAnswers answers, ScrubMemory memory, string language) => templates.Bind(IntakeCardNames.Submitted, new
    {
        Title = texts.Get("intake.submitted.title", language, casus.Reference),
        // Confirmed: nothing is left to check.
        Fields = Fields(answers with { FromStory = null }, memory, language),
    });

    public JsonObject Edit(string language) => templates.Bind(IntakeCardNames.Edit, new
    {
        Title = texts.Get("intake.edit.title", language),
        Selected = "story",
        Choices = IntakeAnswers.EditableSteps.Select(step => new { Title = texts.Get("intake.field." + step, language), Value = step }),
        Go = texts.Get("intake.edit.go", language),
        Required = texts.Get("intake.edit.required", language),
    });

    public JsonObject Safety(string concern, IEnumerable<(string Name, string Contact)> contacts, string language) => templates.Bind(IntakeCardNames.Safety, new
    {
        Title = texts.Get("intake.safety.title", language),
        Message = texts.Get(concern == SafetyConcerns.Integrity ? "intake.safety.integrity" : "intake.safety.social", language),
        Contacts = contacts.Select(c => new { c.Name, c.Contact }),
        Question = texts.Get("intake.safety.question", language),
        Actions = new { Continue = texts.Get("intake.safety.continue", language), Stop = texts.Get("intake.safety.stop", language) },
    });

    private IEnumerable<object> Fields(IntakeAnswers answers, ScrubMemory memory, string language)
    {
        string Or(string? value) => string.IsNullOrWhiteSpace(value) ? texts.Get("intake.notGiven", language) : value;
        // What the bot took from the story without asking is marked, so that the author checks it before confirming.
        string Read(string step, string value) =>
            answers.FromStory?.Contains(step) == true ? texts.Get("intake.readFromStory", language, value) : value;
        var replaced = memory.Entries.Count == 0
            ? texts.Get("intake.nothingReplaced", language)
            : string.Join(", ", memory.Entries.Select(e => e.Placeholder));
        return new[]
        {
            ("story", answers.Story),
            ("situation", Or(answers.Situation == answers.Story ? null : answers.Situation)),
            ("chafes", Read("chafes", Or(answers.Chafes))),
            ("tried", Read("tried", Or(answers.Tried))),
            ("wish", Read("wish", texts.Get("wish." + answers.Wish, language))),
            ("deadline", Read("deadline", answers.Deadline is { } d ? Texts.Day(d, language) : texts.Get("intake.noDeadline", language))),
            ("unit", Read("unit", Or(answers.Unit))),
            ("visibility", texts.Get("visibility." + answers.Visibility, language)),
            ("replaced", replaced),
        }.Select(f => (object)new { Label = texts.Get("intake.field." + f.Item1, language), Value = f.Item2 });
    }
}

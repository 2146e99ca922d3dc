using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Dialogs;

// Asks a step: one plain text message (lead-in, question, numbered choices, hints), or for card steps the lead-in as
// text followed by the card from the step's renderer.
internal static class StepPrompter
{
    public static async Task AskAsync(
        ITurnContext turn, FlowStep step, DialogFrame frame, string? leadIn, bool retry, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (step.Kind != StepKind.Card)
        {
            await SendTextAsync(turn, Join(leadIn, Question(step, language, retry)), cancellationToken);
            return;
        }

        var renderer = turn.Services.GetServices<IStepCardRenderer>().FirstOrDefault(r => r.Name == step.Card)
            ?? throw new InvalidOperationException($"No IStepCardRenderer named \"{step.Card}\" is registered (flow \"{frame.FlowId}\", step \"{step.Id}\").");
        var text = Join(leadIn, retry ? step.Retry?.For(language) : null);
        if (text.Length > 0) await SendTextAsync(turn, text, cancellationToken);
        await turn.SendAsync(await renderer.RenderAsync(turn, step, frame, cancellationToken), cancellationToken);
    }

    public static Task SendTextAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(turn.Activity.CreateReply(text), cancellationToken);

    public static string Question(FlowStep step, string language, bool retry)
    {
        var text = (retry && step.Retry is not null ? step.Retry : step.Prompt).For(language);
        if (step.Kind == StepKind.Confirm) text += " " + DialogTexts.ConfirmHint.For(language);
        if (step.Kind == StepKind.Choice)
        {
            // Teams offers no reliable suggested actions in 1:1 chats, so choices are a numbered list to type from.
            text += "\n\n" + string.Join("\n", step.Choices.Select((c, i) => $"{i + 1}. {c.Title.For(language)}"));
        }
        if (step.Optional) text += "\n\n" + DialogTexts.SkipHint.For(language);
        return text;
    }

    // Said before the retry question when the step has no retry text of its own.
    public static string NotUnderstood(FlowStep step, string language) => step.Kind switch
    {
        StepKind.Date => DialogTexts.DateNotUnderstood.For(language),
        StepKind.Choice => DialogTexts.NotUnderstood.For(language) + " " + DialogTexts.ChoiceHint.For(language),
        _ => DialogTexts.NotUnderstood.For(language),
    };

    public static string Join(params string?[] parts) => string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

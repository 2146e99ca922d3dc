using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Dialogs;

// Asks a step: one text message (lead-in, question, hints), or for card steps the lead-in as text followed by the card
// from the step's renderer. Choices and yes/no come as buttons (ChoiceButtons); typing an answer always works too.
internal sealed class StepPrompter(FlowComponents components)
{
    public async Task AskAsync(
        ITurnContext turn, FlowStep step, DialogFrame frame, string? leadIn, bool retry, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (step.Kind != StepKind.Card)
        {
            var question = turn.Activity.CreateReply(Join(leadIn, Question(step, language, retry)));
            await turn.SendAsync(ChoiceButtons.Offer(question, step, language), cancellationToken);
            return;
        }

        var renderer = components.CardRenderer(frame.FlowId, step);
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

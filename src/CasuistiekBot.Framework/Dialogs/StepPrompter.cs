using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Dialogs;

// Asks a step: one text message (lead-in, question, hints), or for card steps the lead-in as text followed by the card
// from the step's renderer. Choices and yes/no come as buttons (ChoiceButtons); typing an answer always works too.
internal sealed class StepPrompter(FlowComponents components, IDialogTexts texts)
{
    public async Task AskAsync(
        ITurnContext turn, FlowStep step, DialogFrame frame, string? leadIn, bool retry, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (step.Kind != StepKind.Card)
        {
            var question = turn.Activity.CreateReply(Join(leadIn, Question(step, language, retry)));
            await turn.SendAsync(ChoiceButtons.Offer(question, step, language, texts), cancellationToken);
            return;
        }

        var renderer = components.CardRenderer(frame.FlowId, step);
        var text = Join(leadIn, retry ? step.Retry?.For(language) : null);
        if (text.Length > 0) await SendTextAsync(turn, text, cancellationToken);
        await turn.SendAsync(await renderer.RenderAsync(turn, step, frame, cancellationToken), cancellationToken);
    }

    public static Task SendTextAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(turn.Activity.CreateReply(text), cancellationToken);

    public string Question(FlowStep step, string language, bool retry)
    {
        var text = (retry && step.Retry is not null ? step.Retry : step.Prompt).For(language);
        if (step.Kind == StepKind.Confirm) text += " " + texts.Get(DialogText.ConfirmHint, language);
        if (step.Optional) text += "\n\n" + texts.Get(DialogText.SkipHint, language);
        return text;
    }

    // Said before the retry question when the step has no retry text of its own.
    public string NotUnderstood(FlowStep step, string language) => step.Kind switch
    {
        StepKind.Date => texts.Get(DialogText.DateNotUnderstood, language),
        StepKind.Choice => texts.Get(DialogText.NotUnderstood, language) + " " + texts.Get(DialogText.ChoiceHint, language),
        _ => texts.Get(DialogText.NotUnderstood, language),
    };

    public static string Join(params string?[] parts) => string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

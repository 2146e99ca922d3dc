using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Intake;

/// <summary>The intake's buttons: start, the safety choice, and submit / change / stop on the summary.</summary>
internal sealed class IntakeCardActionHandler(
    IntakeStarter starter,
    IDialogEngine dialogs,
    IntakeStateStore states,
    IntakeCards cards,
    IntakeRouting routing,
    Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } =
        [IntakeVerbs.Start, IntakeVerbs.Safety, IntakeVerbs.Submit, IntakeVerbs.Edit, IntakeVerbs.EditField, IntakeVerbs.Cancel];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (action.Verb == IntakeVerbs.Start)
        {
            return await starter.StartAsync(turn, story: null, introduce: false, cancellationToken)
                ? texts.Answer(turn, LocalizationTextKeys.IntakeStarting)
                : texts.Answer(turn, LocalizationTextKeys.IntakeAlreadyBusy);
        }

        if (await dialogs.GetActiveFrameAsync(turn, cancellationToken) is not { FlowId: IntakeStarter.FlowId })
        {
            return texts.Answer(turn, LocalizationTextKeys.IntakeNotActive);
        }

        return action.Verb switch
        {
            IntakeVerbs.Safety => await SafetyAsync(turn, action, cancellationToken),
            IntakeVerbs.Submit => await SubmitAsync(turn, cancellationToken),
            IntakeVerbs.Edit => InvokeResponse.Card(cards.Edit(turn.Language)),
            IntakeVerbs.EditField => await EditFieldAsync(turn, action, cancellationToken),
            _ => await CancelAsync(turn, action, texts.Get(LocalizationTextKeys.IntakeCancelled, turn), cancellationToken),
        };
    }

    private async Task<InvokeResponse?> SafetyAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (action.GetString("safety") == "continue")
        {
            await dialogs.SubmitCardAsync(turn, "safety", new Dictionary<string, string> { ["safety"] = "continue" }, cancellationToken);
            return texts.Answer(turn, LocalizationTextKeys.IntakeStarting);
        }
        var concern = (await states.GetAsync(turn, cancellationToken)).SafetyConcern ?? SafetyConcerns.Social;
        var contacts = string.Join("; ", routing.ConfidentialContacts(concern, turn.Language).Select(c => $"{c.Name}: {c.Contact}"));
        return await CancelAsync(turn, action, texts.Get(LocalizationTextKeys.IntakeSafetyStopped, turn, contacts), cancellationToken);
    }

    private async Task<InvokeResponse> SubmitAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var outcome = await dialogs.SubmitCardAsync(turn, "confirm", new Dictionary<string, string> { ["confirm"] = "submit" }, cancellationToken);
        return outcome.Status == DialogTurnStatus.Completed && turn.State.Get<SubmittedCasus>() is { } submitted
            ? InvokeResponse.Card(cards.Submitted(submitted.Casus, submitted.Answers, submitted.Memory, turn.Language))
            : texts.Answer(turn, LocalizationTextKeys.IntakeNotActive);
    }

    private async Task<InvokeResponse> EditFieldAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var field = action.GetString("field");
        if (field is null || !IntakeAnswers.EditableSteps.Contains(field)) return InvokeResponse.Card(cards.Edit(turn.Language));
        await dialogs.GoToStepAsync(turn, field, cancellationToken);
        return texts.Answer(turn, LocalizationTextKeys.IntakeEditing);
    }

    // The message goes into the chat, where it stays; an invoke also shows it on the card, a submit would repeat it.
    private async Task<InvokeResponse?> CancelAsync(ITurnContext turn, CardAction action, string message, CancellationToken cancellationToken)
    {
        await dialogs.CancelAllAsync(turn, cancellationToken);
        await states.ClearAsync(turn, cancellationToken);
        await turn.SendAsync(MessageFactory.Text(message), cancellationToken);
        return action.IsInvoke ? InvokeResponse.Message(message) : null;
    }
}

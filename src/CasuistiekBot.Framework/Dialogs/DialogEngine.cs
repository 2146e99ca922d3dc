using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// The <see cref="IDialogEngine"/>: a singleton over the loaded flows, the app's <see cref="FlowComponents"/> (resolved
/// once, checked at start) and the state store. State is always written before a message is sent, so a lost write never
/// leaves the user with a question the state does not know about.
/// </summary>
public sealed partial class DialogEngine(
    FlowCatalog catalog,
    FlowComponents components,
    IDialogTexts texts,
    IDialogVocabulary vocabulary,
    IStateStore store,
    TimeProvider time,
    IOptions<DialogOptions> options,
    ILogger<DialogEngine> logger) : IDialogEngine
{
    private readonly StepPrompter _prompter = new(components, texts);
    private readonly UserClock _clock = new(time, options.Value.DefaultTimeZone);

    /// <summary>Failed answers in a row after which the engine pauses the flow instead of asking again.</summary>
    public const int MaxAttempts = 3;

    public async Task<DialogTurnOutcome> BeginAsync(
        ITurnContext turn, string flowId, IReadOnlyDictionary<string, string>? prefilled, CancellationToken cancellationToken)
    {
        var flow = catalog.Get(flowId);
        var session = await DialogSession.LoadAsync(turn, store, logger, cancellationToken);
        var frame = await NewFrameAsync(turn, flow, prefilled, cancellationToken);
        session.Stack.Frames.Add(frame);
        logger.LogInformation("Dialog flow {FlowId} version {FlowVersion} begun with {PrefilledCount} prefilled answers",
            flow.Id, flow.Version, frame.Values.Count);
        return await ForFrameAsync(turn, session, frame, () => AdvanceAsync(turn, session, flow, frame, leadIn: null, cancellationToken));
    }

    public async Task<DialogTurnOutcome> ContinueAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message) return DialogTurnOutcome.Ignored;
        var session = await DialogSession.LoadAsync(turn, store, logger, cancellationToken);
        if (session.Stack.Top is not { } frame)
        {
            return session.Discarded ? await ReportDiscardedAsync(turn, session, cancellationToken) : DialogTurnOutcome.NoActiveFlow;
        }
        return await ForFrameAsync(turn, session, frame, () => ContinueFrameAsync(turn, session, frame, cancellationToken));
    }

    private async Task<DialogTurnOutcome> ContinueFrameAsync(ITurnContext turn, DialogSession session, DialogFrame frame, CancellationToken cancellationToken)
    {
        var text = MessageText(turn.Activity);
        var command = DialogCommands.Parse(text, vocabulary);
        if (frame.Paused)
        {
            // A paused flow lets other handlers have the conversation until the user comes back to it.
            if (command == DialogCommand.Cancel) return await CancelTopAsync(turn, session, frame, cancellationToken);
            if (command != DialogCommand.Resume) return DialogTurnOutcome.NoActiveFlow;
            frame.Paused = false;
            frame.Attempts = 0;
            if (await CheckVersionAsync(turn, session, frame, cancellationToken) is { } updated) return updated;
            await session.SaveAsync(store, cancellationToken);
            await _prompter.AskAsync(turn, CurrentStep(frame), frame, Say(DialogText.Resumed, turn), retry: false, cancellationToken);
            return new(DialogTurnStatus.Waiting, frame);
        }

        if (await CheckVersionAsync(turn, session, frame, cancellationToken) is { } changed) return changed;
        var flow = catalog.Get(frame.FlowId);
        var step = CurrentStep(frame);
        switch (command)
        {
            case DialogCommand.Cancel:
                return await CancelTopAsync(turn, session, frame, cancellationToken);
            case DialogCommand.Help:
                var help = StepPrompter.Join(step.Help?.For(turn.Language) ?? Say(DialogText.DefaultHelp, turn), Say(DialogText.Commands, turn));
                await _prompter.AskAsync(turn, step, frame, help, retry: false, cancellationToken);
                return new(DialogTurnStatus.Waiting, frame);
            case DialogCommand.Back:
                return await BackAsync(turn, session, flow, frame, step, cancellationToken);
            case DialogCommand.Pause:
                frame.Paused = true;
                frame.Attempts = 0;
                await session.SaveAsync(store, cancellationToken);
                await StepPrompter.SendTextAsync(turn, Say(DialogText.Paused, turn), cancellationToken);
                return new(DialogTurnStatus.Paused, frame);
            case DialogCommand.Resume:
                await _prompter.AskAsync(turn, step, frame, leadIn: null, retry: false, cancellationToken);
                return new(DialogTurnStatus.Waiting, frame);
        }

        return await AnswerAsync(turn, session, flow, frame, step, text, cardValues: null, cancellationToken);
    }

    public async Task<DialogTurnOutcome> SubmitCardAsync(
        ITurnContext turn, string stepId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var session = await DialogSession.LoadAsync(turn, store, logger, cancellationToken);
        if (session.Stack.Top is not { } frame)
        {
            return session.Discarded ? await ReportDiscardedAsync(turn, session, cancellationToken) : DialogTurnOutcome.NoActiveFlow;
        }
        return await ForFrameAsync(turn, session, frame, () => SubmitToFrameAsync(turn, session, frame, stepId, values, cancellationToken));
    }

    private async Task<DialogTurnOutcome> SubmitToFrameAsync(
        ITurnContext turn, DialogSession session, DialogFrame frame, string stepId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (frame.Paused)
        {
            // Submitting the card of the question the flow paused at is as clear as typing "verder".
            if (frame.StepId != stepId) return DialogTurnOutcome.NoActiveFlow;
            frame.Paused = false;
            frame.Attempts = 0;
        }
        if (await CheckVersionAsync(turn, session, frame, cancellationToken) is { } changed) return changed;

        var step = CurrentStep(frame);
        if (step.Id != stepId)
        {
            await _prompter.AskAsync(turn, step, frame, Say(DialogText.StaleCard, turn), retry: false, cancellationToken);
            return new(DialogTurnStatus.Waiting, frame);
        }
        var answer = values.GetValueOrDefault(stepId) ?? "";
        var extras = step.Kind == StepKind.Card ? values : null;
        return await AnswerAsync(turn, session, catalog.Get(frame.FlowId), frame, step, answer, extras, cancellationToken);
    }

    public async Task<DialogTurnOutcome> GoToStepAsync(ITurnContext turn, string stepId, CancellationToken cancellationToken)
    {
        var session = await DialogSession.LoadAsync(turn, store, logger, cancellationToken);
        var stack = session.Stack;
        if (stack.Top is { } current
            && await ForFrameAsync(turn, session, current, () => CheckVersionAsync(turn, session, current, cancellationToken)) is { } changed) return changed;
        if (stack.Top is { } top && catalog.Find(top.FlowId) is { } flow && flow.Version == top.FlowVersion && flow.FindStep(stepId) is { } step)
        {
            return await ForFrameAsync(turn, session, top, () => JumpAsync(turn, session, top, step, cancellationToken));
        }
        if (stack.LastCompleted is { } done && catalog.Find(done.FlowId) is { } doneFlow && doneFlow.FindStep(stepId) is { } doneStep)
        {
            stack.LastCompleted = null;
            stack.Frames.Add(done);
            logger.LogInformation("Completed dialog flow {FlowId} reopened at step {StepId}", done.FlowId, stepId);
            return doneFlow.Version == done.FlowVersion
                ? await ForFrameAsync(turn, session, done, () => JumpAsync(turn, session, done, doneStep, cancellationToken))
                : await RestartAsync(turn, session, done, doneFlow, cancellationToken);
        }
        return DialogTurnOutcome.NoActiveFlow;
    }

    public async Task CancelAllAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var session = await DialogSession.LoadAsync(turn, store, logger, cancellationToken);
        if (session.ETag is null && session.Stack.Frames.Count == 0 && session.Stack.LastCompleted is null) return;
        logger.LogInformation("All {FrameCount} dialog frames cancelled", session.Stack.Frames.Count);
        session.Stack.Frames.Clear();
        session.Stack.LastCompleted = null;
        await session.SaveAsync(store, cancellationToken);
    }

    public async Task ForgetCompletedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var session = await DialogSession.LoadAsync(turn, store, logger, cancellationToken);
        session.Stack.LastCompleted = null;
        if (session.Stack.Frames.Count > 0) await session.SaveAsync(store, cancellationToken);
        else await session.DeleteAsync(store, cancellationToken);
    }

    public async Task<DialogFrame?> GetActiveFrameAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await DialogSession.LoadAsync(turn, store, logger, cancellationToken)).Stack.Top;

    private string Say(DialogText text, ITurnContext turn) => texts.Get(text, turn.Language);

    // Teams wraps mentions in <at> tags; in a 1:1 chat there are none and line breaks in a story are worth keeping.
    private static string MessageText(Activity activity) =>
        activity.Entities?.Any(e => e.Type == "mention") == true || activity.Text?.Contains("<at", StringComparison.OrdinalIgnoreCase) == true
            ? activity.GetTextWithoutMentions()
            : (activity.Text ?? "").Trim();
}

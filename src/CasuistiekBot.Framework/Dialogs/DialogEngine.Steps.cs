using System.Globalization;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Dialogs;

// Moving a frame through its flow: answering, advancing, completing, and the ways a frame ends early.
public sealed partial class DialogEngine
{
    private async Task<DialogFrame> NewFrameAsync(
        ITurnContext turn, FlowDefinition flow, IReadOnlyDictionary<string, string>? prefilled, CancellationToken cancellationToken)
    {
        var frame = new DialogFrame { FlowId = flow.Id, FlowVersion = flow.Version };
        var today = _clock.Today(turn.Activity);
        foreach (var (key, value) in prefilled ?? new Dictionary<string, string>())
        {
            frame.Prefilled[key] = value;
            if (flow.FindStep(key) is not { } step)
            {
                frame.Values[key] = value;
                continue;
            }
            // A prefilled answer must pass the same checks as a typed one, or the step is simply asked.
            var recognition = Interpret(turn, step, frame, value, today) is { } read
                ? read.Kind == AnswerInterpretationKind.Recognized ? Recognition.Of(read.Value) : Recognition.NotUnderstood
                : AnswerRecognizer.Recognize(step, value, today, vocabulary);
            if (recognition.Status != RecognitionStatus.Recognized) continue;
            var validation = await ValidateAsync(turn, flow.Id, step, recognition.Value, cancellationToken);
            if (validation.IsValid) frame.Values[key] = validation.Value ?? recognition.Value;
        }
        return frame;
    }

    private async Task<DialogTurnOutcome> AnswerAsync(
        ITurnContext turn, DialogSession session, FlowDefinition flow, DialogFrame frame, FlowStep step, string text,
        IReadOnlyDictionary<string, string>? cardValues, CancellationToken cancellationToken)
    {
        var today = _clock.Today(turn.Activity);
        // A card step's own submission is its answer as it stands; everything typed may be read by the app's interpreter.
        var read = cardValues is null ? Interpret(turn, step, frame, text, today) : null;
        switch (read?.Kind)
        {
            case AnswerInterpretationKind.AskBack:
                // Not a failed attempt: the user said something meaningful that needs one more word.
                frame.Offered = [.. read.Options];
                await session.SaveAsync(store, cancellationToken);
                var askBack = ChoiceButtons.Offer(turn.Activity.CreateReply(read.Message ?? ""), [.. read.Options.Select(o => o.Label)]);
                await turn.SendAsync(askBack, cancellationToken);
                return new(DialogTurnStatus.Waiting, frame);
            case AnswerInterpretationKind.GoToStep when flow.FindStep(read.Value) is { } earlier:
                return await JumpAsync(turn, session, frame, earlier, cancellationToken);
            case AnswerInterpretationKind.NotUnderstood or AnswerInterpretationKind.GoToStep:
                return await FailAsync(turn, session, frame, step, read.Message, cancellationToken);
            case null when step.Kind == StepKind.Card && cardValues is null:
                return await FailAsync(turn, session, frame, step, Say(DialogText.UseTheCard, turn), cancellationToken);
        }
        var recognition = read is null ? AnswerRecognizer.Recognize(step, text, today, vocabulary) : Recognition.Of(read.Value);
        switch (recognition.Status)
        {
            case RecognitionStatus.TooLong:
                // Not counted as a failed attempt: the user was understood, the answer only needs trimming.
                var tooLong = string.Format(CultureInfo.InvariantCulture, Say(DialogText.TooLong, turn), text.Trim().Length, step.MaxLength);
                await _prompter.AskAsync(turn, step, frame, tooLong, retry: false, cancellationToken);
                return new(DialogTurnStatus.Waiting, frame);
            case RecognitionStatus.NotUnderstood:
                return await FailAsync(turn, session, frame, step, reason: null, cancellationToken);
        }

        var validation = await ValidateAsync(turn, flow.Id, step, recognition.Value, cancellationToken);
        if (!validation.IsValid) return await FailAsync(turn, session, frame, step, validation.Message, cancellationToken);

        foreach (var (key, value) in cardValues ?? new Dictionary<string, string>()) frame.Values[key] = value;
        frame.Values[step.Id] = validation.Value ?? recognition.Value;
        frame.Offered = [];
        return await AdvanceAsync(turn, session, flow, frame, leadIn: read?.Message, cancellationToken);
    }

    private async Task<DialogTurnOutcome> FailAsync(
        ITurnContext turn, DialogSession session, DialogFrame frame, FlowStep step, string? reason, CancellationToken cancellationToken)
    {
        frame.Attempts++;
        frame.Offered = [];
        if (frame.Attempts >= MaxAttempts)
        {
            // Pausing rather than ending: the answers so far may have taken the user real effort.
            frame.Attempts = 0;
            frame.Paused = true;
            await session.SaveAsync(store, cancellationToken);
            logger.LogInformation("Dialog flow {FlowId} paused after {MaxAttempts} failed answers at step {StepId}", frame.FlowId, MaxAttempts, step.Id);
            await StepPrompter.SendTextAsync(turn, Say(DialogText.GaveUp, turn), cancellationToken);
            return new(DialogTurnStatus.GaveUp, frame);
        }
        await session.SaveAsync(store, cancellationToken);
        reason ??= step.Retry is null ? _prompter.NotUnderstood(step, turn.Language) : null;
        await _prompter.AskAsync(turn, step, frame, reason, retry: true, cancellationToken);
        return new(DialogTurnStatus.Waiting, frame);
    }

    // Asks the first step still unanswered, in flow order; completes the flow when there is none.
    private async Task<DialogTurnOutcome> AdvanceAsync(
        ITurnContext turn, DialogSession session, FlowDefinition flow, DialogFrame frame, string? leadIn, CancellationToken cancellationToken)
    {
        foreach (var next in flow.Steps.Where(s => !frame.Values.ContainsKey(s.Id)))
        {
            if (await ShouldAskAsync(turn, next, frame, cancellationToken)) return await JumpAsync(turn, session, frame, next, cancellationToken, leadIn);
            frame.Values[next.Id] = string.Empty;
        }
        return await CompleteAsync(turn, session, flow, frame, leadIn, cancellationToken);
    }

    private async ValueTask<bool> ShouldAskAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken) =>
        step.AskWhen is null || await components.Condition(frame.FlowId, step).ShouldAskAsync(turn, step, frame, cancellationToken);

    private async Task<DialogTurnOutcome> JumpAsync(
        ITurnContext turn, DialogSession session, DialogFrame frame, FlowStep step, CancellationToken cancellationToken, string? leadIn = null)
    {
        frame.StepId = step.Id;
        frame.StepIndex = step.Index;
        frame.Attempts = 0;
        frame.Paused = false;
        frame.Offered = [];
        await session.SaveAsync(store, cancellationToken);
        await _prompter.AskAsync(turn, step, frame, leadIn, retry: false, cancellationToken);
        return new(DialogTurnStatus.Waiting, frame);
    }

    private async Task<DialogTurnOutcome> CompleteAsync(
        ITurnContext turn, DialogSession session, FlowDefinition flow, DialogFrame frame, string? leadIn, CancellationToken cancellationToken)
    {
        var handler = components.CompletionHandler(flow);

        session.Stack.Frames.Remove(frame);
        session.Stack.LastCompleted = frame;
        var below = session.Stack.Top;
        await session.SaveAsync(store, cancellationToken);
        if (leadIn is not null) await StepPrompter.SendTextAsync(turn, leadIn, cancellationToken);
        logger.LogInformation("Dialog flow {FlowId} completed; calling {CompletionHandler}", flow.Id, flow.Completion);
        await handler.OnCompletedAsync(turn, frame, cancellationToken);

        // The flow underneath picks up again, unless the handler began or reopened a flow on top of it.
        if (below is not null && ReferenceEquals(session.Stack.Top, below) && !below.Paused && FindCurrentStep(below) is { } step)
        {
            await ForFrameAsync(turn, session, below, async () =>
            {
                await _prompter.AskAsync(turn, step, below, leadIn: null, retry: false, cancellationToken);
                return true;
            });
        }
        return new(DialogTurnStatus.Completed, frame);
    }

    private async Task<DialogTurnOutcome> BackAsync(
        ITurnContext turn, DialogSession session, FlowDefinition flow, DialogFrame frame, FlowStep step, CancellationToken cancellationToken)
    {
        // Steps skipped by their condition are skipped on the way back too.
        if (flow.Steps.Take(step.Index).LastOrDefault(s => frame.Values.TryGetValue(s.Id, out var v) && (s.AskWhen is null || v.Length > 0)) is not { } previous)
        {
            await _prompter.AskAsync(turn, step, frame, Say(DialogText.AtFirstStep, turn), retry: false, cancellationToken);
            return new(DialogTurnStatus.Waiting, frame);
        }
        return await JumpAsync(turn, session, frame, previous, cancellationToken);
    }

    private async Task<DialogTurnOutcome> CancelTopAsync(ITurnContext turn, DialogSession session, DialogFrame frame, CancellationToken cancellationToken)
    {
        session.Stack.Frames.Remove(frame);
        await session.SaveAsync(store, cancellationToken);
        logger.LogInformation("Dialog flow {FlowId} cancelled by the user at step {StepId}", frame.FlowId, frame.StepId);
        return await AfterFrameEndedAsync(turn, session, DialogText.Cancelled, DialogTurnStatus.Cancelled, frame, cancellationToken);
    }

    // Says why the frame ended and, when a flow underneath waits for an answer, asks its question again.
    private async Task<DialogTurnOutcome> AfterFrameEndedAsync(
        ITurnContext turn, DialogSession session, DialogText message, DialogTurnStatus status, DialogFrame ended, CancellationToken cancellationToken)
    {
        if (session.Stack.Top is { Paused: false } below && FindCurrentStep(below) is { } step)
        {
            await ForFrameAsync(turn, session, below, async () =>
            {
                await _prompter.AskAsync(turn, step, below, Say(message, turn), retry: false, cancellationToken);
                return true;
            });
        }
        else
        {
            await StepPrompter.SendTextAsync(turn, Say(message, turn), cancellationToken);
        }
        return new(status, ended);
    }

    // Work done for one frame: when an exception leaves it, the frame is marked as the one that failed, so that the error
    // handler drops this frame only (DialogFailureRecovery) and leaves the rest of the stack alone.
    private static async Task<T> ForFrameAsync<T>(ITurnContext turn, DialogSession session, DialogFrame frame, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception exception)
        {
            FailedFrame.Mark(turn, session.Stack, frame, exception);
            throw;
        }
    }

    private async ValueTask<StepValidation> ValidateAsync(
        ITurnContext turn, string flowId, FlowStep step, string value, CancellationToken cancellationToken) =>
        // A skipped optional step has nothing to validate.
        step.Validator is null || value.Length == 0
            ? StepValidation.Valid()
            : await components.Validator(flowId, step).ValidateAsync(turn, value, cancellationToken);

    // The first interpretation of the app's interpreters, or null to use the built-in recognition.
    private AnswerInterpretation? Interpret(ITurnContext turn, FlowStep step, DialogFrame frame, string text, DateOnly today)
    {
        var context = new AnswerContext(today, turn.Language, frame.Offered);
        return components.Interpreters.Select(i => i.Interpret(step, text, context)).FirstOrDefault(r => r is not null);
    }

    private FlowStep CurrentStep(DialogFrame frame) =>
        FindCurrentStep(frame) ?? throw new InvalidOperationException($"Step \"{frame.StepId}\" of flow \"{frame.FlowId}\" is not loaded.");

    private FlowStep? FindCurrentStep(DialogFrame frame) =>
        catalog.Find(frame.FlowId) is { } flow && flow.Version == frame.FlowVersion ? flow.FindStep(frame.StepId) : null;
}

using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// Runs declarative flows (<c>dialogs/*.flow.json</c>) in a conversation. State is read once per turn and written with
/// the ETag that was read; a <see cref="State.StateConflictException"/> propagates (the pipeline serializes turns per
/// conversation, so a conflict means a real concurrent writer).
/// </summary>
public interface IDialogEngine
{
    /// <summary>
    /// Pushes a frame for <paramref name="flowId"/> and asks the first step not answered by <paramref name="prefilled"/>
    /// (prefilled answers are recognized and validated like typed ones; those that fail are asked). Completes at once
    /// when nothing is missing. Throws <see cref="InvalidOperationException"/> for an unknown flow.
    /// </summary>
    Task<DialogTurnOutcome> BeginAsync(ITurnContext turn, string flowId, IReadOnlyDictionary<string, string>? prefilled, CancellationToken cancellationToken);

    /// <summary>
    /// Offers the turn's message to the top flow: commands first (stop, help, back, pause, continue), then the answer.
    /// Returns <see cref="DialogTurnStatus.NoActiveFlow"/> without sending anything when no flow waits for input.
    /// </summary>
    Task<DialogTurnOutcome> ContinueAsync(ITurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// Answers <paramref name="stepId"/> with a card's submitted inputs. The input named like the step is the answer;
    /// for card steps the other inputs are stored too. A card of an earlier step is answered with the current question.
    /// </summary>
    Task<DialogTurnOutcome> SubmitCardAsync(ITurnContext turn, string stepId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);

    /// <summary>
    /// Asks <paramref name="stepId"/> of the top flow again, or reopens the last completed flow at that step; once answered
    /// the flow continues with whatever is still missing and completes again. Returns
    /// <see cref="DialogTurnStatus.NoActiveFlow"/> without sending anything when no flow has that step.
    /// </summary>
    Task<DialogTurnOutcome> GoToStepAsync(ITurnContext turn, string stepId, CancellationToken cancellationToken);

    /// <summary>Drops every frame (and the remembered completed one) without a message: for error recovery and resets.</summary>
    Task CancelAllAsync(ITurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// Drops the remembered completed frame, so its answers can no longer be reopened; with no flow left running the
    /// conversation's dialog state is deleted. For a completion handler whose answers must not outlive it.
    /// </summary>
    Task ForgetCompletedAsync(ITurnContext turn, CancellationToken cancellationToken);

    /// <summary>The top frame (which may be paused), or null.</summary>
    Task<DialogFrame?> GetActiveFrameAsync(ITurnContext turn, CancellationToken cancellationToken);
}

using System.Globalization;
using CasuistiekBot.Framework.Pipeline;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>What the engine does when a deployed flow changed or vanished under a running conversation.</summary>
public sealed partial class DialogEngine
{
    // Null when the frame still matches its flow; otherwise the outcome of restarting or dropping it.
    private async Task<DialogTurnOutcome?> CheckVersionAsync(ITurnContext turn, DialogSession session, DialogFrame frame, CancellationToken cancellationToken)
    {
        if (catalog.Find(frame.FlowId) is not { } flow)
        {
            session.Stack.Frames.Remove(frame);
            await session.SaveAsync(store, cancellationToken);
            logger.LogWarning("Dialog flow {FlowId} no longer exists; its frame was dropped", frame.FlowId);
            return await AfterFrameEndedAsync(turn, session, DialogText.FlowGone, DialogTurnStatus.Dropped, frame, cancellationToken);
        }
        return flow.Version == frame.FlowVersion && flow.FindStep(frame.StepId) is not null
            ? null
            : await RestartAsync(turn, session, frame, flow, cancellationToken);
    }

    private async Task<DialogTurnOutcome> RestartAsync(
        ITurnContext turn, DialogSession session, DialogFrame stale, FlowDefinition flow, CancellationToken cancellationToken)
    {
        logger.LogInformation("Dialog flow {FlowId} restarted: stored version {StoredVersion}, loaded version {FlowVersion}",
            flow.Id, stale.FlowVersion, flow.Version);
        var fresh = await NewFrameAsync(turn, flow, stale.Prefilled, cancellationToken);
        var index = session.Stack.Frames.IndexOf(stale);
        if (index >= 0) session.Stack.Frames[index] = fresh;
        else session.Stack.Frames.Add(fresh);
        var outcome = await ForFrameAsync(turn, session, fresh, () => AdvanceAsync(turn, session, flow, fresh, Say(DialogText.VersionChanged, turn), cancellationToken));
        return outcome.Status == DialogTurnStatus.Waiting ? outcome with { Status = DialogTurnStatus.Restarted } : outcome;
    }

    private async Task<DialogTurnOutcome> ReportDiscardedAsync(ITurnContext turn, DialogSession session, CancellationToken cancellationToken)
    {
        await session.SaveAsync(store, cancellationToken);
        await StepPrompter.SendTextAsync(turn, Say(DialogText.FlowGone, turn), cancellationToken);
        return new(DialogTurnStatus.Dropped);
    }
}

using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Pipeline.Middleware;

/// <summary>
/// Outermost link: logs a failed turn with its activity id, tells the user in their language, and lets each
/// <see cref="ITurnFailureRecovery"/> undo what the failing code owns (the dialog engine drops the one frame whose step
/// failed, so that a broken flow cannot fail the same way on every following message). Nothing else is cleared: a bug
/// in a card button must not cost the user a dialog in progress. Outages and lost state races end the turn with 503
/// instead, so the channel retries it, and leave the state alone.
/// </summary>
public sealed class ErrorHandlingMiddleware(
    IEnumerable<ITurnFailureRecovery> recoveries,
    IEnumerable<ITransientFailureClassifier> classifiers,
    IPipelineMessages messages,
    ILogger<ErrorHandlingMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        try
        {
            await next(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (StateConflictException exception)
        {
            // Another instance wrote this conversation's state since this turn read it (two turns of one chat on two
            // instances). Its state is intact; clearing it as after a bug would lose the user's answers. The channel
            // retries a 503, and the retried turn reads the state the other turn left.
            logger.LogInformation(exception, "Turn for activity {ActivityId} lost a race for its conversation state", turn.Activity.Id);
            throw new TurnUnavailableException(exception);
        }
        catch (Exception exception) when (classifiers.Any(c => c.IsTransient(exception)))
        {
            logger.LogWarning(exception, "Turn for activity {ActivityId} ({ActivityType}) hit an unavailable dependency",
                turn.Activity.Id, turn.Activity.Type);
            throw new TurnUnavailableException(exception);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Turn for activity {ActivityId} ({ActivityType}) failed", turn.Activity.Id, turn.Activity.Type);
            await RecoverAsync(turn, exception, cancellationToken);
        }
    }

    private async Task RecoverAsync(ITurnContext turn, Exception failure, CancellationToken cancellationToken)
    {
        var text = messages.Error(turn.Language);
        foreach (var recovery in recoveries)
        {
            try
            {
                await recovery.RecoverAsync(turn, failure, cancellationToken);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not repair state after a failed turn {ActivityId}", turn.Activity.Id);
            }
        }

        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = InvokeResponse.Error(500, "InternalError", text);
            return;
        }
        try
        {
            if (turn.Activity.Type == ActivityTypes.Message) await turn.SendAsync(turn.Activity.CreateReply(text), cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not tell the user about failed turn {ActivityId}", turn.Activity.Id);
        }
    }
}

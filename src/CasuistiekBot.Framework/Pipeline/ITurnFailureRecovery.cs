namespace CasuistiekBot.Framework.Pipeline;

/// <summary>
/// Repairs what a turn that failed with a bug left behind, so that the next turn does not fail the same way. The error
/// handler calls every registered recovery after logging the failure. A recovery undoes only what the failing code
/// owns, and leaves the rest of the conversation's state (a dialog in progress above all) as it was.
/// </summary>
public interface ITurnFailureRecovery
{
    /// <param name="turn">The failed turn.</param>
    /// <param name="exception">What the turn threw, as the error handler caught it.</param>
    /// <param name="cancellationToken">The turn's cancellation.</param>
    Task RecoverAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken);
}

namespace CasuistiekBot.Framework.Pipeline;

/// <summary>
/// Tells infrastructure outages (database or cache unreachable) from bugs. A turn that fails transiently is answered
/// with 503 so that the channel retries it; any other failure is apologised for and the turn ends.
/// </summary>
public interface ITransientFailureClassifier
{
    bool IsTransient(Exception exception);
}

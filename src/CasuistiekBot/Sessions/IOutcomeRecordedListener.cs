using CasuistiekBot.Cases;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Sessions;

/// <summary>
/// Told, inside the transaction that records a session's outcome, that the casus was discussed: whoever follows up on a
/// session (e.g. asking whether the inbrenger felt heard) queues its messages here, so they go out with the outcome or not at all.
/// </summary>
internal interface IOutcomeRecordedListener
{
    /// <param name="tenantId">The tenant the coordinator acted in, for a new 1:1 chat with a panel member.</param>
    /// <param name="serviceUrl">The Teams service the coordinator's action came through.</param>
    Task OnRecordedAsync(CasuistiekDbContext db, Casus casus, string tenantId, string serviceUrl, CancellationToken cancellationToken);
}

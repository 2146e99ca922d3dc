using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>Told of a new casus inside the submission's transaction, so what it queues commits (or not) with the casus.</summary>
internal interface ICasusSubmittedListener
{
    Task OnSubmittedAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken);
}

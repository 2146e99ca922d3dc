using CasuistiekBot.Cases;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Triage;

/// <summary>Told, in the decision's own transaction, that a coordinator sent a casus to the Spreekuur.</summary>
internal interface ISpreekuurListener
{
    Task OnSpreekuurAsync(CasuistiekDbContext db, Casus casus, string coordinatorAadObjectId, CancellationToken cancellationToken);
}

using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Hearing;

/// <summary>A casus erased (by retention or at the author's request): the remarks about its session go, the scores stay as figures.</summary>
internal sealed class HeardErasure : ICasusErasedListener
{
    public Task OnErasedAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken) =>
        db.Set<HeardAnswer>().Where(a => a.CasusId == casus.Id && a.Remark != null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Remark, (string?)null), cancellationToken);
}

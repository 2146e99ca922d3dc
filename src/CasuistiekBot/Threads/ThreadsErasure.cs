using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Threads;

/// <summary>An erased casus keeps no links: nothing is left that ties it to other cases or signals.</summary>
internal sealed class ThreadsErasure : ICasusErasedListener
{
    public async Task OnErasedAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        var id = casus.Id;
        db.Set<ThreadLink>().RemoveRange(await db.Set<ThreadLink>().Where(l => l.FromId == id || l.ToId == id).ToListAsync(cancellationToken));
        db.Set<ThreadPrompt>().RemoveRange(await db.Set<ThreadPrompt>().Where(p => p.CasusId == id).ToListAsync(cancellationToken));
    }
}

using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals.Handlers;

/// <summary>Open signals with a behandelaar, read in the caller's unit of work (for the owners' weekly view).</summary>
internal static class HandlerQueries
{
    public static Task<List<Signal>> OpenWithHandlerAsync(CasuistiekDbContext db, CancellationToken cancellationToken) =>
        db.Set<Signal>().AsNoTracking()
            .Where(s => s.Status != SignalStatus.Closed && s.HandlerAadObjectId != null)
            .OrderBy(s => s.OwnerAadObjectId).ThenBy(s => s.DueDate).ToListAsync(cancellationToken);
}

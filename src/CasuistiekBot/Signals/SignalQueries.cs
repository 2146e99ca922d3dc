using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// Signals read in the caller's unit of work, for the slices that record a casus' outcome and remind owners, so that they
/// need no access to the signals table of their own. Tracking queries on purpose: the callers change what they read.
/// </summary>
internal static class SignalQueries
{
    /// <summary>The signals of a casus; those the caller already added or changed come back with their unsaved state.</summary>
    public static async Task<IReadOnlyList<Signal>> OfCasusAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken)
    {
        var stored = await db.Set<Signal>().Where(s => s.SourceCasusId == casusId).ToListAsync(cancellationToken);
        var added = db.Set<Signal>().Local.Where(s => s.SourceCasusId == casusId && !stored.Contains(s));
        return [.. stored.Concat(added).OrderBy(s => s.Number)];
    }

    /// <summary>The ids of the signals still with an owner to remind (not closed, not between owners), oldest first.</summary>
    public static Task<List<Guid>> OpenIdsAsync(CasuistiekDbContext db, CancellationToken cancellationToken) =>
        db.Set<Signal>().AsNoTracking()
            .Where(s => s.Status == SignalStatus.New || s.Status == SignalStatus.PickedUp || s.Status == SignalStatus.InProgress)
            .OrderBy(s => s.CreatedAt).Select(s => s.Id).ToListAsync(cancellationToken);

    public static Task<Signal?> FindForChangeAsync(CasuistiekDbContext db, Guid signalId, CancellationToken cancellationToken) =>
        db.Set<Signal>().FirstOrDefaultAsync(s => s.Id == signalId, cancellationToken);
}

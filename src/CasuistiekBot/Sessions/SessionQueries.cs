using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// The action points of a casus (its signals: <see cref="Signals.SignalQueries"/>). Tracking queries on purpose: entities the caller already changed come
/// back with their unsaved state, so "are all action points done?" sees the one just marked done.
/// </summary>
internal static class SessionQueries
{
    public static async Task<IReadOnlyList<ActionPoint>> ActionPointsAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken)
    {
        var stored = await db.Set<ActionPoint>().Where(p => p.CasusId == casusId).ToListAsync(cancellationToken);
        var added = db.Set<ActionPoint>().Local.Where(p => p.CasusId == casusId && !stored.Contains(p));
        return [.. stored.Concat(added).OrderBy(p => p.Number)];
    }
}

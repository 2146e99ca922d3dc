using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// The action points and signals of a casus. Tracking queries on purpose: entities the caller already changed come
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

    public static async Task<IReadOnlyList<Signal>> SignalsAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken)
    {
        var stored = await db.Set<Signal>().Where(s => s.SourceCasusId == casusId).ToListAsync(cancellationToken);
        var added = db.Set<Signal>().Local.Where(s => s.SourceCasusId == casusId && !stored.Contains(s));
        return [.. stored.Concat(added).OrderBy(s => s.Number)];
    }
}

using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// The signals of a casus, for the slices that record and close its outcome. A tracking query on purpose: signals the
/// caller already added or changed come back with their unsaved state.
/// </summary>
internal static class SignalQueries
{
    public static async Task<IReadOnlyList<Signal>> OfCasusAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken)
    {
        var stored = await db.Set<Signal>().Where(s => s.SourceCasusId == casusId).ToListAsync(cancellationToken);
        var added = db.Set<Signal>().Local.Where(s => s.SourceCasusId == casusId && !stored.Contains(s));
        return [.. stored.Concat(added).OrderBy(s => s.Number)];
    }
}

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

    /// <summary>The open action points, for the reminder pass: id and casus, nothing of their text.</summary>
    public static async Task<List<(Guid Id, Guid CasusId)>> OpenActionPointsAsync(CasuistiekDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.Set<ActionPoint>().AsNoTracking().Where(p => p.Status == ActionPointStatus.Open)
            .OrderBy(p => p.DueDate).Select(p => new { p.Id, p.CasusId }).ToListAsync(cancellationToken);
        return [.. open.Select(p => (p.Id, p.CasusId))];
    }

    /// <summary>One action point tracked by <paramref name="db"/>, for recording a reminder or an escalation on it.</summary>
    public static Task<ActionPoint?> FindForChangeAsync(CasuistiekDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<ActionPoint>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
}

using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>The signals a yearly report looks at: raised before <c>until</c> and either raised since <c>from</c>, closed since then, or still open.</summary>
internal static class SignalsOfPeriod
{
    public static async Task<IReadOnlyList<Signal>> RelevantAsync(CasuistiekDbContext db, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
        await db.Set<Signal>().AsNoTracking()
            .Where(s => s.CreatedAt < until && (s.CreatedAt >= from || s.ClosedAt == null || s.ClosedAt >= from))
            .OrderBy(s => s.Year).ThenBy(s => s.Number).ToListAsync(cancellationToken);
}

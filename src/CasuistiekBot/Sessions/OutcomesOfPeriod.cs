using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>The session outcomes recorded in a period, for the Stand van de Uitvoering: casus, shared view and when; not who recorded it.</summary>
internal static class OutcomesOfPeriod
{
    public static async Task<IReadOnlyList<(Guid CasusId, string SharedView, DateTimeOffset RecordedAt)>> RecordedAsync(
        CasuistiekDbContext db, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var outcomes = await db.Set<SessionOutcome>().AsNoTracking().Where(o => o.RecordedAt >= from && o.RecordedAt < until)
            .Select(o => new { o.CasusId, o.SharedView, o.RecordedAt }).ToListAsync(cancellationToken);
        return [.. outcomes.OrderBy(o => o.RecordedAt).Select(o => (o.CasusId, o.SharedView, o.RecordedAt))];
    }
}

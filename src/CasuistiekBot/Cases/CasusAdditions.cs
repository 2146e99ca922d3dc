using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>Reading the additions of one casus for another slice (the triage card), and removing them with the casus' texts.</summary>
internal static class CasusAdditions
{
    public static async Task<IReadOnlyList<CasusAddition>> ForAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        await db.Set<CasusAddition>().AsNoTracking().Where(a => a.CasusId == casusId).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public static Task<int> EraseAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        db.Set<CasusAddition>().Where(a => a.CasusId == casusId).ExecuteDeleteAsync(cancellationToken);
}

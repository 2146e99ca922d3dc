using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>Reading one casus for a slice that only shows it, so that slice needs no access to the cases table of its own.</summary>
internal static class CasusLookup
{
    public static Task<Casus?> FindAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == casusId, cancellationToken);
}

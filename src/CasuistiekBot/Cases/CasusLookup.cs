using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>Reading one casus for another slice, so that slice needs no access to the cases table of its own.</summary>
internal static class CasusLookup
{
    public static Task<Casus?> FindAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == casusId, cancellationToken);

    /// <summary>The casus tracked by <paramref name="db"/>, for a slice that moves it through a transition (Casus.Lifecycle.cs).</summary>
    public static Task<Casus?> FindForChangeAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        db.Set<Casus>().FirstOrDefaultAsync(c => c.Id == casusId, cancellationToken);
}

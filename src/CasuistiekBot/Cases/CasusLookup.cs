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

    /// <summary>A casus the caller's own row points at, so it must exist; throws when it does not.</summary>
    public static Task<Casus> GetAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking().FirstAsync(c => c.Id == casusId, cancellationToken);

    /// <summary>As <see cref="GetAsync"/>, tracked by <paramref name="db"/> for a caller that saves it in its own transaction.</summary>
    public static Task<Casus> GetForChangeAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        db.Set<Casus>().FirstAsync(c => c.Id == casusId, cancellationToken);

    /// <summary>The cases among <paramref name="casusIds"/> that exist, by id, for a list that names each one.</summary>
    public static Task<Dictionary<Guid, Casus>> ManyAsync(CasuistiekDbContext db, IReadOnlyCollection<Guid> casusIds, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking().Where(c => casusIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

    /// <summary>The references of the cases among <paramref name="casusIds"/> that exist, by id.</summary>
    public static Task<Dictionary<Guid, string>> ReferencesAsync(CasuistiekDbContext db, IReadOnlyCollection<Guid> casusIds, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking().Where(c => casusIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);

    /// <summary>The id of the casus with this reference (CS-yyyy-nnnn), or null when there is none.</summary>
    public static Task<Guid?> IdOfAsync(CasuistiekDbContext db, string reference, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking().Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
}

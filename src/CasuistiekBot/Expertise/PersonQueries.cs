using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Expertise;

/// <summary>
/// Reading the directory in the caller's own unit of work (its connection and transaction), for slices that look up
/// people while they change their own rows, so that they need no access to the people table of their own.
/// </summary>
internal static class PersonQueries
{
    /// <summary>The person with this object id (as stored: lower case), or null.</summary>
    public static Task<Person?> FindAsync(CasuistiekDbContext db, string aadObjectId, CancellationToken cancellationToken) =>
        db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.AadObjectId == aadObjectId, cancellationToken);

    public static Task<List<Person>> AllAsync(CasuistiekDbContext db, CancellationToken cancellationToken) =>
        db.Set<Person>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);

    /// <summary>Everyone who belongs to some management team.</summary>
    public static Task<List<Person>> InAnyMtAsync(CasuistiekDbContext db, CancellationToken cancellationToken) =>
        db.Set<Person>().AsNoTracking().Where(p => p.Mt != null).ToListAsync(cancellationToken);
}

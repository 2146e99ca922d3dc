using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>What the bot remembers of an author between cases (see <see cref="UserProfile"/>), for the slices that use it.</summary>
internal static class AuthorProfiles
{
    /// <summary>The organisation unit the author gave on their last casus, or null.</summary>
    public static Task<string?> RememberedUnitAsync(CasuistiekDbContext db, string aadObjectId, CancellationToken cancellationToken) =>
        db.Set<UserProfile>().Where(p => p.AadObjectId == aadObjectId).Select(p => p.OrgUnit).FirstOrDefaultAsync(cancellationToken);
}

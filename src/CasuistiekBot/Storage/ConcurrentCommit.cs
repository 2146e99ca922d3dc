using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CasuistiekBot.Storage;

/// <summary>
/// The end of a card action's transaction: save and commit, or learn that someone else changed the same rows first
/// (their version moved since they were read), in which case nothing of this action is kept.
/// </summary>
internal static class ConcurrentCommit
{
    /// <returns>False when another change came first; the caller shows the current state instead of acting twice.</returns>
    public static async Task<bool> TrySaveAndCommitAsync(this DbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}

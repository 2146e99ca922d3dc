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
    public static Task<bool> TrySaveAndCommitAsync(this DbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken) =>
        db.TrySaveAndCommitAsync(transaction, afterSave: null, cancellationToken);

    /// <summary>
    /// The same, with <paramref name="afterSave"/> run between the save and the commit: a statement there sees what a
    /// concurrent writer of the saved rows committed first, since the save waited for its row locks.
    /// </summary>
    public static async Task<bool> TrySaveAndCommitAsync(this DbContext db, IDbContextTransaction transaction, Func<Task>? afterSave, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (afterSave is not null) await afterSave();
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}

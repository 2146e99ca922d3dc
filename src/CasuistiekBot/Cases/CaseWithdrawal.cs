using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// The author takes an open casus back, with a reason; a casus already decided on cannot be withdrawn. Everyone the
/// casus concerns is told in the same transaction (see <see cref="ICasusWithdrawnListener"/>), so the withdrawal and its
/// notices commit together.
/// </summary>
internal sealed class CaseWithdrawal(IDbContextFactory<CasuistiekDbContext> databases, IEnumerable<ICasusWithdrawnListener> listeners, TimeProvider clock)
{
    public enum Outcome { Withdrawn, NotOpen, Changed }

    public async Task<Outcome> WithdrawAsync(Casus own, string actor, string reason, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var casus = await db.Set<Casus>().FirstAsync(c => c.Id == own.Id, cancellationToken);
        if (!await WithdrawAsync(db, casus, actor, reason, cancellationToken)) return Outcome.NotOpen;
        // The listeners only add to this unit of work, so a concurrent change can only show at the save.
        return await db.TrySaveAndCommitAsync(transaction, cancellationToken) ? Outcome.Withdrawn : Outcome.Changed;
    }

    /// <summary>Withdraws <paramref name="casus"/> (tracked by <paramref name="db"/>) and tells the listeners, in the caller's unit of work.</summary>
    public async Task<bool> WithdrawAsync(CasuistiekDbContext db, Casus casus, string actor, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!casus.Withdraw(reason, now).Succeeded) return false;
        Audit.Casus(db, now, actor, casus, "ingetrokken");
        foreach (var listener in listeners) await listener.OnWithdrawnAsync(db, casus, cancellationToken);
        return true;
    }
}

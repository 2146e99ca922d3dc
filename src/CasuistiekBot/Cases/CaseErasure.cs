using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// Erases the texts of one casus, in one transaction: the casus row (<see cref="Casus.Erase"/>), what other slices keep
/// about it (<see cref="ICasusErasedListener"/>), the audit trail's details and people, the author's additions and what the author was told, and the content of messages already
/// sent about it. A casus still open is withdrawn as well, after its texts are gone, so every card the withdrawal
/// refreshes shows the erased casus. A discussed casus is refused: its action points and signals are still being worked on.
/// </summary>
internal sealed class CaseErasure(
    IDbContextFactory<CasuistiekDbContext> databases,
    CaseWithdrawal withdrawal,
    IEnumerable<ICasusErasedListener> listeners,
    IOutbox outbox,
    TimeProvider clock,
    ILogger<CaseErasure> logger)
{
    public enum Outcome { Erased, AlreadyErased, InFollowUp, NotFound, Changed }

    public sealed record Result(Outcome Outcome, string? Reference = null, bool Withdrawn = false);

    /// <param name="actor">Who asked, as the audit trail may keep it: <see cref="Audit.Author"/> or <see cref="Audit.System"/>.</param>
    /// <param name="withdrawReason">The reason recorded (and told to the coordinators) when the casus is withdrawn.</param>
    public async Task<Result> EraseAsync(Guid casusId, string actor, string withdrawReason, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var casus = await db.Set<Casus>().FirstOrDefaultAsync(c => c.Id == casusId, cancellationToken);
        if (casus is null) return new(Outcome.NotFound);
        if (casus.IsErased) return new(Outcome.AlreadyErased, casus.Reference);
        if (casus.Status == CasusStatus.Discussed) return new(Outcome.InFollowUp, casus.Reference);

        var now = clock.GetUtcNow();
        var open = CasusStatus.IsOpen(casus.Status);
        casus.Erase(now);
        await Audit.EraseAsync(db, casus.Reference, cancellationToken);
        await CasusAdditions.EraseAsync(db, casus.Id, cancellationToken);
        foreach (var listener in listeners) await listener.OnErasedAsync(db, casus, cancellationToken);
        var withdrawn = open && await withdrawal.WithdrawAsync(db, casus, actor, withdrawReason, cancellationToken);
        if (open && !withdrawn) return new(Outcome.Changed, casus.Reference);
        // After the withdrawal, which may have told the author: what the author was told goes with the casus' texts.
        foreach (var kept in db.ChangeTracker.Entries<CasusNews>().Where(e => e.Entity.CasusId == casus.Id).ToList()) kept.State = EntityState.Detached;
        await CasusNewsLog.EraseAsync(db, casus.Id, cancellationToken);
        Audit.Casus(db, now, actor, casus, "gewist");
        await outbox.ForgetContentAsync(db, casus.Reference, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken)) return new(Outcome.Changed, casus.Reference);
        // Without the reference: for an anonymous casus erased from chat, the time of this line sits next to the author's turn.
        logger.LogInformation("Erased the texts of a casus (withdrawn: {Withdrawn})", withdrawn);
        return new(Outcome.Erased, casus.Reference, withdrawn);
    }
}

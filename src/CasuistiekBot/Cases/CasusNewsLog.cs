using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>What the author of a casus was told: kept, read back, marked when it did not arrive, erased with the casus.</summary>
internal static class CasusNewsLog
{
    /// <summary>Added to the caller's transaction; a message already kept under this key is not kept twice.</summary>
    public static async Task KeepAsync(CasuistiekDbContext db, Guid casusId, string key, string text, DateTimeOffset at, bool undelivered, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.Entries<CasusNews>().Any(e => e.Entity.CasusId == casusId && e.Entity.Key == key)
            || await db.Set<CasusNews>().AnyAsync(n => n.CasusId == casusId && n.Key == key, cancellationToken)) return;
        db.Add(new CasusNews { CasusId = casusId, Key = key, Text = text, SentOn = CoarseTime.Day(at), Undelivered = undelivered });
    }

    public static async Task<IReadOnlyList<CasusNews>> ForAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        await db.Set<CasusNews>().AsNoTracking().Where(n => n.CasusId == casusId).OrderBy(n => n.Id).ToListAsync(cancellationToken);

    public static Task<int> MarkUndeliveredAsync(CasuistiekDbContext db, Guid casusId, string key, CancellationToken cancellationToken) =>
        db.Set<CasusNews>().Where(n => n.CasusId == casusId && n.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Undelivered, true), cancellationToken);

    public static Task<int> EraseAsync(CasuistiekDbContext db, Guid casusId, CancellationToken cancellationToken) =>
        db.Set<CasusNews>().Where(n => n.CasusId == casusId).ExecuteDeleteAsync(cancellationToken);
}

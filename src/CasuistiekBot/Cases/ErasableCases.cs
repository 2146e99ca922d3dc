using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>The cases whose texts may go: closed long enough ago, or one named by its reference. Never an erased one.</summary>
internal sealed class ErasableCases(IDbContextFactory<CasuistiekDbContext> databases)
{
    /// <summary>Cases closed before <paramref name="cutoff"/> whose texts are still there, oldest first.</summary>
    public async Task<IReadOnlyList<ErasableCasus>> ClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // Compared here, not in SQL: closing times of older cases come from another column, and the open set stays small.
        var closed = await db.Set<Casus>().AsNoTracking()
            .Where(c => c.ErasedAt == null && CasusStatus.Final.Contains(c.Status))
            .ToListAsync(cancellationToken);
        return [.. closed.Where(c => c.ClosedSince < cutoff).OrderBy(c => c.ClosedSince).ThenBy(c => c.Reference).Select(ErasableCasus.Of)];
    }

    /// <summary>The casus with this reference (any status), or null.</summary>
    public async Task<ErasableCasus?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var casus = await db.Set<Casus>().AsNoTracking().FirstOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        return casus is null ? null : ErasableCasus.Of(casus);
    }
}

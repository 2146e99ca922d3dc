using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// The author's own cases: named and confidential ones by the author's object id, anonymous ones by the author lookup
/// value (<see cref="AuthorKeys"/>); never a casus of anyone else.
/// </summary>
internal sealed class MyCases(IDbContextFactory<CasuistiekDbContext> databases, AuthorKeys authorKeys)
{
    public async Task<IReadOnlyList<Casus>> ListAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (Author(turn) is not { } author) return [];
        var (aad, key) = author;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<Casus>().AsNoTracking().Where(c => c.AuthorAadObjectId == aad || c.AuthorKey == key)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Number).Take(25).ToListAsync(cancellationToken);
    }

    /// <summary>The author's cases still open (not final, not erased): the ones they may add to.</summary>
    public async Task<IReadOnlyList<Casus>> OpenAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await ListAsync(turn, cancellationToken)).Where(c => CasusStatus.IsOpen(c.Status) && !c.IsErased).ToList();

    /// <summary>The casus when the person acting is its author; null otherwise (no difference between "not yours" and "not there").</summary>
    public async Task<Casus?> FindOwnAsync(ITurnContext turn, string? casusId, CancellationToken cancellationToken)
    {
        if (Author(turn) is not { } author || !Guid.TryParse(casusId, out var id)) return null;
        var (aad, key) = author;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<Casus>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id && (c.AuthorAadObjectId == aad || c.AuthorKey == key), cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(Casus casus, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.SubjectType == "casus" && a.SubjectId == casus.Reference)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    private (string Aad, string Key)? Author(ITurnContext turn) =>
        turn.Activity.From?.AadObjectId is { Length: > 0 } aad ? (aad, authorKeys.For(aad)) : null;
}

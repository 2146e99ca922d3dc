using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// The author's own cases: named and confidential ones by the author's object id, anonymous ones by the author lookup
/// value (<see cref="AuthorKeys"/>); never a casus of anyone else.
/// </summary>
internal sealed class MyCases(IDbContextFactory<CasuistiekDbContext> databases, AuthorKeys authorKeys, IEnumerable<ICasusTimelineSource> timeline)
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

    /// <summary>The messages to this author that did not arrive, with their casus, oldest first.</summary>
    public async Task<IReadOnlyList<(Casus Casus, CasusNews News)>> UndeliveredAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (Author(turn) is not { } author) return [];
        var (aad, key) = author;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CasusNews>().AsNoTracking().Where(n => n.Undelivered)
            .Join(db.Set<Casus>().AsNoTracking().Where(c => c.AuthorAadObjectId == aad || c.AuthorKey == key), n => n.CasusId, c => c.Id, (n, c) => new { n, c })
            .OrderBy(r => r.n.Id).Take(20).ToListAsync(cancellationToken);
        return rows.Select(r => (r.c, r.n)).ToList();
    }

    /// <summary>These messages have now been shown to the author.</summary>
    public async Task DeliveredAsync(IEnumerable<long> newsIds, CancellationToken cancellationToken)
    {
        var ids = newsIds.ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await db.Set<CasusNews>().Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(set => set.SetProperty(n => n.Undelivered, false), cancellationToken);
    }

    /// <summary>What happened to the casus, step by step, from every slice that keeps a part of it.</summary>
    public async Task<IReadOnlyList<CasusStep>> StepsAsync(Casus casus, string language, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var steps = new List<CasusStep>();
        foreach (var source in timeline) steps.AddRange(await source.StepsAsync(db, casus, language, cancellationToken));
        return steps.OrderBy(s => s.At).ToList();
    }

    public async Task<IReadOnlyList<CasusNews>> NewsAsync(Casus casus, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await CasusNewsLog.ForAsync(db, casus.Id, cancellationToken);
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

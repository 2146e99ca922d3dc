using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Threads;

/// <summary>The stored links between similar items, in the caller's unit of work; the owner of <see cref="ThreadLink"/>.</summary>
internal static class ThreadLinks
{
    /// <summary>What an item is linked to, by reference, erased cases left out; cases first, then signals.</summary>
    public static async Task<IReadOnlyList<SimilarItem>> OfAsync(CasuistiekDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var links = await db.Set<ThreadLink>().AsNoTracking().Where(l => l.FromId == id || l.ToId == id).ToListAsync(cancellationToken);
        if (links.Count == 0) return [];
        var others = links.Select(l => (Other: l.Other(id), l.Score)).ToList();
        var caseIds = others.Where(o => o.Other.Kind == ThreadText.Casus).Select(o => o.Other.Id).ToList();
        var signalIds = others.Where(o => o.Other.Kind == ThreadText.Signal).Select(o => o.Other.Id).ToList();
        var cases = caseIds.Count == 0 ? [] : (await CasusComparables.ManyAsync(db, caseIds, cancellationToken)).ToDictionary(c => c.Id);
        var signals = signalIds.Count == 0 ? [] : (await SignalComparables.ManyAsync(db, signalIds, cancellationToken)).ToDictionary(s => s.Id);
        var items = new List<SimilarItem>();
        foreach (var ((kind, other), score) in others)
        {
            if (kind == ThreadText.Casus && cases.TryGetValue(other, out var casus)) items.Add(new SimilarItem(kind, other, casus.Reference, score, Anonymous: casus.IsAnonymous));
            else if (kind == ThreadText.Signal && signals.TryGetValue(other, out var signal)) items.Add(new SimilarItem(kind, other, signal.Reference, score, signal.IsOpen));
        }
        return [.. items.OrderBy(i => i.IsCasus ? 0 : 1).ThenBy(i => i.Reference, StringComparer.Ordinal)];
    }

    /// <summary>Links two items unless they are linked already (either way round); true when a link was added.</summary>
    public static async Task<bool> LinkAsync(
        CasuistiekDbContext db, (string Kind, Guid Id) from, (string Kind, Guid Id) to, double? score, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (from.Id == to.Id || await LinkedAsync(db, from.Id, to.Id, cancellationToken)) return false;
        Add(db, from, to, score, at);
        return true;
    }

    /// <summary>Adds a link without looking: for a new item, whose links are new by construction.</summary>
    public static void Add(CasuistiekDbContext db, (string Kind, Guid Id) from, (string Kind, Guid Id) to, double? score, DateTimeOffset at) =>
        db.Set<ThreadLink>().Add(new ThreadLink { FromKind = from.Kind, FromId = from.Id, ToKind = to.Kind, ToId = to.Id, Score = score, CreatedAt = at });

    /// <summary>Removes the link between two items, whichever way round; true when there was one.</summary>
    public static async Task<bool> UnlinkAsync(CasuistiekDbContext db, Guid a, Guid b, CancellationToken cancellationToken)
    {
        var links = await db.Set<ThreadLink>().Where(l => (l.FromId == a && l.ToId == b) || (l.FromId == b && l.ToId == a)).ToListAsync(cancellationToken);
        db.Set<ThreadLink>().RemoveRange(links);
        return links.Count > 0;
    }

    public static Task<bool> LinkedAsync(CasuistiekDbContext db, Guid a, Guid b, CancellationToken cancellationToken) =>
        db.Set<ThreadLink>().AnyAsync(l => (l.FromId == a && l.ToId == b) || (l.FromId == b && l.ToId == a), cancellationToken);

    /// <summary>Whether any of the cases is linked to an open signal, by a link or as the signal's source.</summary>
    public static async Task<bool> AnyOpenSignalAsync(CasuistiekDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var linked = await db.Set<ThreadLink>().AsNoTracking()
            .Where(l => (l.FromKind == ThreadText.Signal && caseIds.Contains(l.ToId)) || (l.ToKind == ThreadText.Signal && caseIds.Contains(l.FromId)))
            .Select(l => l.FromKind == ThreadText.Signal ? l.FromId : l.ToId)
            .ToListAsync(cancellationToken);
        var sources = await SignalComparables.OfCasesAsync(db, caseIds, cancellationToken);
        var signals = linked.Count == 0 ? [] : await SignalComparables.ManyAsync(db, linked, cancellationToken);
        return signals.Concat(sources).Any(s => s.IsOpen);
    }
}

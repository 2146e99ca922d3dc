using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>What another slice compares or counts of a signal: its words, law, whether it is open, when it came and its MT.</summary>
internal sealed record ComparableSignal(
    Guid Id, string Reference, string Title, string Description, string? Law, bool PossiblyDiscriminatory, Guid? SourceCasusId, string Status, DateTimeOffset CreatedAt,
    string? OwnerMt = null, string? TransferToMt = null)
{
    /// <summary>Whether someone with this scope may count the signal: owned in one of its MTs, or being handed to one.</summary>
    public bool IsIn(SignalScope scope) => scope.Everything || scope.IsOwnMt(OwnerMt) || scope.IsOwnMt(TransferToMt);

    public string Text => Title + "\n" + Description;

    public bool IsOpen => SignalStatus.IsOpen(Status);
}

/// <summary>A comparable signal without its title and description, which do not change once it is registered.</summary>
internal sealed record ComparableSignalHead(Guid Id, string Reference, string? Law, string Status)
{
    public bool IsOpen => SignalStatus.IsOpen(Status);
}

/// <summary>The signals registered since a moment, or some by id; read only.</summary>
internal static class SignalComparables
{
    public static Task<List<ComparableSignalHead>> HeadsSinceAsync(CasuistiekDbContext db, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Set<Signal>().AsNoTracking()
            .Where(s => s.CreatedAt >= since)
            .OrderBy(s => s.Year).ThenBy(s => s.Number)
            .Select(s => new ComparableSignalHead(s.Id, s.Reference, s.Law, s.Status))
            .ToListAsync(cancellationToken);

    public static Task<List<ComparableSignal>> SinceAsync(CasuistiekDbContext db, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Set<Signal>().AsNoTracking()
            .Where(s => s.CreatedAt >= since)
            .OrderBy(s => s.Year).ThenBy(s => s.Number)
            .Select(s => new ComparableSignal(s.Id, s.Reference, s.Title, s.Description, s.Law, s.PossiblyDiscriminatory, s.SourceCasusId, s.Status, s.CreatedAt, s.OwnerMt, s.TransferToMt))
            .ToListAsync(cancellationToken);

    public static Task<List<ComparableSignal>> ManyAsync(CasuistiekDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        db.Set<Signal>().AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new ComparableSignal(s.Id, s.Reference, s.Title, s.Description, s.Law, s.PossiblyDiscriminatory, s.SourceCasusId, s.Status, s.CreatedAt, s.OwnerMt, s.TransferToMt))
            .ToListAsync(cancellationToken);

    /// <summary>The signals raised from one of the cases (their source casus).</summary>
    public static Task<List<ComparableSignal>> OfCasesAsync(CasuistiekDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken) =>
        db.Set<Signal>().AsNoTracking()
            .Where(s => s.SourceCasusId != null && caseIds.Contains(s.SourceCasusId.Value))
            .Select(s => new ComparableSignal(s.Id, s.Reference, s.Title, s.Description, s.Law, s.PossiblyDiscriminatory, s.SourceCasusId, s.Status, s.CreatedAt, s.OwnerMt, s.TransferToMt))
            .ToListAsync(cancellationToken);

    public static Task<ComparableSignal?> ByReferenceAsync(CasuistiekDbContext db, string reference, CancellationToken cancellationToken) =>
        db.Set<Signal>().AsNoTracking()
            .Where(s => s.Reference == reference)
            .Select(s => new ComparableSignal(s.Id, s.Reference, s.Title, s.Description, s.Law, s.PossiblyDiscriminatory, s.SourceCasusId, s.Status, s.CreatedAt, s.OwnerMt, s.TransferToMt))
            .FirstOrDefaultAsync(cancellationToken);
}

using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>What another slice compares or counts of a casus: its scrubbed words, themes, advice, law, and when it came.</summary>
internal sealed record ComparableCasus(
    Guid Id, string Reference, string Story, string? Situation, string? Chafes, string Themes, string RoutesJson, string? Law,
    bool PossiblyDiscriminatory, string Status, DateTimeOffset CreatedAt, string Visibility = CasusVisibility.Named)
{
    public bool IsAnonymous => Visibility == CasusVisibility.Anonymous;

    public string Text => string.Join("\n", new[] { Story, Situation, Chafes }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public IReadOnlyList<string> ThemeList => Themes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// A comparable casus without what is fixed at submission (texts, themes, advice; erasure takes the casus out of every
/// comparison): its law, which a coordinator may set later, tells whether an earlier reading of it still holds.
/// </summary>
internal sealed record ComparableCasusHead(Guid Id, string Reference, string? Law, string Visibility)
{
    public bool IsAnonymous => Visibility == CasusVisibility.Anonymous;
}

/// <summary>The cases submitted since a moment, erased and withdrawn ones left out; read only.</summary>
internal static class CasusComparables
{
    public static Task<List<ComparableCasusHead>> HeadsSinceAsync(CasuistiekDbContext db, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking()
            .Where(c => c.CreatedAt >= since && c.ErasedAt == null && c.Status != CasusStatus.Withdrawn)
            .OrderBy(c => c.Year).ThenBy(c => c.Number)
            .Select(c => new ComparableCasusHead(c.Id, c.Reference, c.Law, c.Visibility))
            .ToListAsync(cancellationToken);

    public static Task<List<ComparableCasus>> SinceAsync(CasuistiekDbContext db, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking()
            .Where(c => c.CreatedAt >= since && c.ErasedAt == null && c.Status != CasusStatus.Withdrawn)
            .OrderBy(c => c.Year).ThenBy(c => c.Number)
            .Select(c => new ComparableCasus(c.Id, c.Reference, c.Story, c.Situation, c.Chafes, c.Themes, c.RoutesJson, c.Law, c.PossiblyDiscriminatory, c.Status, c.CreatedAt, c.Visibility))
            .ToListAsync(cancellationToken);

    public static Task<List<ComparableCasus>> ManyAsync(CasuistiekDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        db.Set<Casus>().AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.ErasedAt == null)
            .Select(c => new ComparableCasus(c.Id, c.Reference, c.Story, c.Situation, c.Chafes, c.Themes, c.RoutesJson, c.Law, c.PossiblyDiscriminatory, c.Status, c.CreatedAt, c.Visibility))
            .ToListAsync(cancellationToken);
}

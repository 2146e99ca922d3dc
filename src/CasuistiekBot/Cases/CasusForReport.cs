using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// What the Stand van de Uitvoering may show of a casus: its scrubbed story and the policy tags, never anything of its
/// author (no name, object id, lookup value or route is read), so an anonymous casus reads like any other.
/// </summary>
public sealed record CasusForReport(
    Guid Id, string Reference, int Year, string Status, string Story, string Themes, string? Law, bool PossiblyDiscriminatory, bool Erased)
{
    /// <summary>The cases with these ids, projected without any author column.</summary>
    internal static async Task<IReadOnlyList<CasusForReport>> ManyAsync(CasuistiekDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Set<Casus>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new CasusForReport(c.Id, c.Reference, c.Year, c.Status, c.Story, c.Themes, c.Law, c.PossiblyDiscriminatory, c.ErasedAt != null))
            .ToListAsync(cancellationToken);

    /// <summary>How many cases were raised in <paramref name="year"/> (erased ones included: the count is what retention keeps).</summary>
    internal static Task<int> RaisedInAsync(CasuistiekDbContext db, int year, CancellationToken cancellationToken) =>
        db.Set<Casus>().CountAsync(c => c.Year == year, cancellationToken);
}

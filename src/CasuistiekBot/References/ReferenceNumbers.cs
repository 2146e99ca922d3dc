using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.References;

/// <summary>
/// Hands out gapless yearly references inside the caller's transaction: the counter row is incremented there, so a
/// rolled-back transaction gives its number back and concurrent ones wait for each other on that row until they end.
/// Claim the number as late in the transaction as possible, after everything that can fail or wait.
/// </summary>
internal static class ReferenceNumbers
{
    public static async Task<YearlyReference> NextAsync(CasuistiekDbContext db, ReferenceSeries series, int year, CancellationToken cancellationToken)
    {
        // The year's row exists after its first reference: one statement then, the insert only once a year.
        var numbers = await IncrementAsync(db, series, year, cancellationToken);
        if (numbers.Count == 0)
        {
            await db.Database.ExecuteSqlRawAsync(series.CreateYearSql, [year], cancellationToken);
            numbers = await IncrementAsync(db, series, year, cancellationToken);
        }
        var number = numbers.Single();
        return new YearlyReference(year, number, series.Format(year, number));
    }

    /// <summary>Makes sure the year's counter is at least <paramref name="number"/>, for a reference kept from elsewhere, so that no later one repeats it.</summary>
    public static async Task ReserveAsync(CasuistiekDbContext db, ReferenceSeries series, int year, int number, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(series.CreateYearSql, [year], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(series.RaiseSql, [year, number], cancellationToken);
    }

    private static Task<List<int>> IncrementAsync(CasuistiekDbContext db, ReferenceSeries series, int year, CancellationToken cancellationToken) =>
        db.Database
            .SqlQueryRaw<int>(series.IncrementSql, year)
            .ToListAsync(cancellationToken);
}

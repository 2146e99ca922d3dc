using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// Hands out CS-&lt;year&gt;-&lt;number&gt;: the counter row is incremented inside the caller's transaction, so concurrent
/// submissions wait for each other and a rolled-back submission gives its number back.
/// </summary>
internal static class CaseReferences
{
    public static async Task<(int Number, string Reference)> NextAsync(CasuistiekDbContext db, int year, CancellationToken cancellationToken)
    {
        // The year's row exists after its first casus: one statement then, the insert only once a year.
        var numbers = await IncrementAsync(db, year, cancellationToken);
        if (numbers.Count == 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO casus_counters (year, last_number) VALUES ({year}, 0) ON CONFLICT (year) DO NOTHING", cancellationToken);
            numbers = await IncrementAsync(db, year, cancellationToken);
        }
        var number = numbers.Single();
        return (number, Format(year, number));
    }

    private static Task<List<int>> IncrementAsync(CasuistiekDbContext db, int year, CancellationToken cancellationToken) =>
        db.Database
            .SqlQuery<int>($"UPDATE casus_counters SET last_number = last_number + 1 WHERE year = {year} RETURNING last_number AS \"Value\"")
            .ToListAsync(cancellationToken);

    public static string Format(int year, int number) => $"CS-{year}-{number:D4}";
}

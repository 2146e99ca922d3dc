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
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO casus_counters (year, last_number) VALUES ({year}, 0) ON CONFLICT (year) DO NOTHING", cancellationToken);
        var numbers = await db.Database
            .SqlQuery<int>($"UPDATE casus_counters SET last_number = last_number + 1 WHERE year = {year} RETURNING last_number AS \"Value\"")
            .ToListAsync(cancellationToken);
        var number = numbers.Single();
        return (number, Format(year, number));
    }

    public static string Format(int year, int number) => $"CS-{year}-{number:D4}";
}

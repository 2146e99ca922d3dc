using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// Hands out SG-&lt;year&gt;-&lt;number&gt; inside the caller's transaction, like casus references: concurrent registrations
/// wait for each other on the counter row and a rolled-back registration gives its number back.
/// </summary>
internal static class SignalReferences
{
    public static async Task<(int Number, string Reference)> NextAsync(CasuistiekDbContext db, int year, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO signal_counters (year, last_number) VALUES ({year}, 0) ON CONFLICT (year) DO NOTHING", cancellationToken);
        var numbers = await db.Database
            .SqlQuery<int>($"UPDATE signal_counters SET last_number = last_number + 1 WHERE year = {year} RETURNING last_number AS \"Value\"")
            .ToListAsync(cancellationToken);
        var number = numbers.Single();
        return (number, Format(year, number));
    }

    public static string Format(int year, int number) => $"SG-{year}-{number:D4}";
}

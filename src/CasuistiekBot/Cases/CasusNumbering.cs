using CasuistiekBot.References;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// Gives a casus that is already saved under a stand-in reference its CS number, as the last step of the submitting
/// transaction: the yearly counter's row lock, which makes the numbers gapless, then covers only this step and the
/// commit. On PostgreSQL it is one statement (the counter, the casus and its audit entry); SQLite, which has a single
/// writer anyway, takes the number first and then sets it.
/// </summary>
internal static class CasusNumbering
{
    /// <summary>A stand-in reference, unique to this submission, that no real reference can equal.</summary>
    public static string StandIn(Guid casusId) => $"pending:{casusId:N}";

    public static async Task<YearlyReference> ClaimAsync(CasuistiekDbContext db, string standIn, int year, CancellationToken cancellationToken)
    {
        var series = ReferenceSeries.Casus;
        if (!db.Database.IsNpgsql())
        {
            var taken = await ReferenceNumbers.NextAsync(db, series, year, cancellationToken);
            await SetAsync(db, standIn, taken, cancellationToken);
            return taken;
        }
        var numbers = await ClaimOnPostgresAsync(db, series, standIn, year, cancellationToken);
        if (numbers.Count == 0)
        {
            // The year's first casus: its counter row is made once, then the same statement again.
            await db.Database.ExecuteSqlRawAsync(series.CreateYearSql, [year], cancellationToken);
            numbers = await ClaimOnPostgresAsync(db, series, standIn, year, cancellationToken);
        }
        var number = numbers.Single();
        return new YearlyReference(year, number, series.Format(year, number));
    }

    private static async Task SetAsync(CasuistiekDbContext db, string standIn, YearlyReference reference, CancellationToken cancellationToken)
    {
        var updated = await db.Database.ExecuteSqlRawAsync(
            "UPDATE cases SET reference = {0}, year = {1}, number = {2} WHERE reference = {3}",
            [reference.Text, reference.Year, reference.Number, standIn], cancellationToken);
        if (updated != 1) throw new InvalidOperationException("The casus to number was not found under its stand-in reference.");
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE audit_entries SET subject_id = {0} WHERE subject_type = 'casus' AND subject_id = {1}", [reference.Text, standIn], cancellationToken);
    }

    // The counter is raised, and the casus and its audit entries renamed to the reference, in one statement (PostgreSQL
    // runs every data-modifying part of a WITH to completion). The text is ReferenceSeries.Format's: four digits at least.
    // {0} the prefix, {1} the year, {2} the stand-in; the counter's table comes from the fixed series, never from input.
    private static readonly string ClaimSql =
        "WITH n AS (" + ReferenceSeries.Casus.IncrementSql.Replace("{0}", "{1}", StringComparison.Ordinal) + "), " +
        "r AS (SELECT \"Value\" AS number, {0} || '-' || CAST({1} AS text) || '-' || " +
        "CASE WHEN \"Value\" < 10000 THEN lpad(CAST(\"Value\" AS text), 4, '0') ELSE CAST(\"Value\" AS text) END AS reference FROM n), " +
        "c AS (UPDATE cases SET reference = r.reference, year = {1}, number = r.number FROM r WHERE cases.reference = {2} RETURNING cases.number), " +
        "a AS (UPDATE audit_entries SET subject_id = r.reference FROM r WHERE audit_entries.subject_type = 'casus' AND audit_entries.subject_id = {2}) " +
        "SELECT number AS \"Value\" FROM c";

    private static Task<List<int>> ClaimOnPostgresAsync(CasuistiekDbContext db, ReferenceSeries series, string standIn, int year, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<int>(ClaimSql, series.Prefix, year, standIn).ToListAsync(cancellationToken);
}

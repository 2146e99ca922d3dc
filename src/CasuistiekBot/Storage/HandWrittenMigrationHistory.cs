using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasuistiekBot.Storage;

/// <summary>
/// Databases made by the releases up to November 2026 carry the ids of that era's hand-written migrations in
/// __EFMigrationsHistory. Their schema is exactly what the first generated migration creates, so that migration is
/// recorded as applied instead of run. The old rows stay: the previous release still starts on an adopted database.
/// </summary>
internal static class HandWrittenMigrationHistory
{
    private static readonly string[] HandWritten =
    [
        "20261102090000_Initial", "20261102090100_AddAuditEntries", "20261122100000_AddCases", "20261122110000_AddOutbox",
        "20261122120000_AddDirectory", "20261122130000_AddTriage", "20261122140000_AddSignals", "20261125100000_AddPanels",
        "20261125110000_AddSessionOutcomes", "20261125120000_AddSignalFollowUp",
    ];

    /// <summary>Call before migrating, serialised with other instances (the transaction holds SQLite's write lock).</summary>
    public static async Task AdoptAsync(CasuistiekDbContext context, ILogger logger, CancellationToken cancellationToken)
    {
        var history = context.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken)) return;

        var baseline = context.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToHashSet(StringComparer.Ordinal);
        var missing = HandWritten.Where(id => !applied.Contains(id)).ToList();
        if (missing.Count == HandWritten.Length || applied.Contains(baseline)) return;
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database stopped halfway through the hand-written migrations (missing {string.Join(", ", missing)}). "
                + "Start the November 2026 release on it once to finish them, then this version.");
        }

        await context.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, EfVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Database made by the hand-written migrations adopted as {Migration}", baseline);
    }

    private static string EfVersion() =>
        typeof(DbContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
}

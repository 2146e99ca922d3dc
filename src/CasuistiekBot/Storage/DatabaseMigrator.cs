using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CasuistiekBot.Storage;

/// <summary>
/// Brings the schema up to date before anything else starts: <see cref="StartingAsync"/> runs before every hosted
/// service's StartAsync and before the server accepts requests.
/// </summary>
internal sealed class DatabaseMigrator(
    IDbContextFactory<CasuistiekDbContext> contextFactory,
    IEnumerable<IMigrationDataStep> dataSteps,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger) : IHostedLifecycleService
{
    // Any fixed number works; it only has to be the same for every instance of this app.
    private const long PostgresLockKey = 0x43617375_69737469;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (context.Database.IsNpgsql())
        {
            await MigratePostgresAsync(context, cancellationToken);
        }
        else
        {
            // SQLite: a lock file beside the database serialises instances sharing it (EF's own lock row covers one step).
            using var _ = await SqliteMigrationLock.AcquireAsync(context.Database.GetConnectionString(), cancellationToken);
            await ApplyAsync(context, cancellationToken);
        }
    }

    /// <summary>
    /// EF's own migration lock does not serialise two instances on PostgreSQL (without this, both ran the same
    /// CREATE TABLE and one failed with 42P07), so a session advisory lock makes the second instance wait until
    /// the first has finished; it then finds nothing pending.
    /// </summary>
    private async Task MigratePostgresAsync(CasuistiekDbContext context, CancellationToken cancellationToken)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it first.
            }
        }

        await using var lockConnection = new NpgsqlConnection(context.Database.GetConnectionString());
        await lockConnection.OpenAsync(cancellationToken);
        await ExecuteAsync(lockConnection, $"SELECT pg_advisory_lock({PostgresLockKey})", cancellationToken);
        try
        {
            await ApplyAsync(context, cancellationToken);
        }
        finally
        {
            await ExecuteAsync(lockConnection, $"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
        }
    }

    private async Task ApplyAsync(CasuistiekDbContext context, CancellationToken cancellationToken)
    {
        await HandWrittenMigrationHistory.AdoptAsync(context, logger, cancellationToken);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogDebug("Database schema is up to date");
            return;
        }
        logger.LogInformation("Applying {Count} database migrations: {Migrations}", pending.Count, pending);
        await RunDataStepsAsync(context, pending, cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database schema migrated to {Migration}", pending[^1]);
    }

    // Each step runs once the migrations before its own are applied, and before its own is.
    private async Task RunDataStepsAsync(CasuistiekDbContext context, List<string> pending, CancellationToken cancellationToken)
    {
        var all = context.Database.GetMigrations().ToList();
        foreach (var migration in pending)
        {
            var steps = dataSteps.Where(step => migration.EndsWith("_" + step.Before, StringComparison.Ordinal)).ToList();
            if (steps.Count == 0) continue;
            // Another instance may have migrated past this point since the pending list was read: migrating "to the one
            // before" would then take the schema back down. Its steps ran there already.
            if ((await context.Database.GetAppliedMigrationsAsync(cancellationToken)).Contains(migration)) continue;
            var previous = all.IndexOf(migration) is > 0 and var index ? all[index - 1] : Migration.InitialDatabase;
            await context.GetService<IMigrator>().MigrateAsync(previous, cancellationToken);
            foreach (var step in steps)
            {
                await step.RunAsync(context, cancellationToken);
                logger.LogInformation("Data step {Step} done before migration {Migration}", step.GetType().Name, migration);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.MigrateOnStart ? MigrateAsync(cancellationToken) : Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

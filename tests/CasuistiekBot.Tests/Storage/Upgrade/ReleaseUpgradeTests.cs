using System.Reflection;
using System.Text.Json;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Storage.Upgrade;

/// <summary>
/// Databases made by the November 2026 release (hand-written migrations, no model snapshot) meet the generated
/// migrations: the new version must take them over as they are.
/// </summary>
public sealed class ReleaseUpgradeTests
{
    // Tables the release did not have: an upgraded release database holds none of their rows.
    private static readonly string[] AddedSinceRelease = [nameof(CasuistiekBot.Cases.CasusAddition), nameof(CasuistiekBot.Cases.CasusNews), nameof(CasuistiekBot.Panels.Meetings.SessionMeeting),
        nameof(CasuistiekBot.Hearing.HeardAnswer), nameof(CasuistiekBot.Threads.ThreadLink), nameof(CasuistiekBot.Threads.ThreadPrompt)];

    private static readonly MethodInfo ReadMethod = typeof(ReleaseUpgradeTests).GetMethod(nameof(ReadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Starting_the_new_version_on_a_release_database_keeps_every_row(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        await ReleaseDatabase.RestoreAsync(database);
        List<string> releaseHistory;
        await using (var release = await CreateContextAsync(database.StartInstance())) releaseHistory = [.. await release.Database.GetAppliedMigrationsAsync()];

        var upgraded = await database.StartMigratedInstanceAsync();

        await using var context = await CreateContextAsync(upgraded);
        // The release's own rows stay, so the release itself would still start on this database.
        Assert.Equal([.. releaseHistory, .. context.Database.GetMigrations()], await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(
            context.Model.GetEntityTypes().Select(entity => entity.ClrType.Name).Except(AddedSinceRelease).Order(),
            ReleaseRows.All().Select(row => row.GetType().Name).Distinct().Order());
        foreach (var table in ReleaseRows.Upgraded().GroupBy(row => row.GetType()))
        {
            var stored = await (Task<List<object>>)ReadMethod.MakeGenericMethod(table.Key).Invoke(null, [context])!;
            Assert.Equal(table.Select(Json), stored.Select(Json));
        }
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task New_rows_in_an_upgraded_release_database_continue_its_numbering(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        await ReleaseDatabase.RestoreAsync(database);
        var upgraded = await database.StartMigratedInstanceAsync();

        await using var context = await CreateContextAsync(upgraded);
        var entry = new AuditEntry { At = database.Clock.GetUtcNow(), Actor = "system", SubjectType = "casus", SubjectId = "CA-2026-0043", Action = "ingediend" };
        context.AuditEntries.Add(entry);
        await context.SaveChangesAsync();

        Assert.Equal(2, entry.Id);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task An_upgraded_release_database_has_the_schema_of_a_new_one(DatabaseProvider provider)
    {
        await using var released = await StorageTestDatabase.CreateAsync(provider);
        await ReleaseDatabase.RestoreAsync(released);
        await using var fresh = await StorageTestDatabase.CreateAsync(provider);

        var upgraded = await SchemaTests.ReadSchemaAsync(await released.StartMigratedInstanceAsync());
        var created = await SchemaTests.ReadSchemaAsync(await fresh.StartMigratedInstanceAsync());

        Assert.Contains(created, line => line.StartsWith("signals.reminders_sent ", StringComparison.Ordinal));
        Assert.Equal(created, upgraded);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Two_instances_upgrading_a_release_database_at_once_both_succeed(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        await ReleaseDatabase.RestoreAsync(database);
        var instances = Enumerable.Range(0, 2).Select(_ => database.StartInstance()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None))));

        await using var context = await CreateContextAsync(instances[1]);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Single(await context.Database.GetAppliedMigrationsAsync(), context.Database.GetMigrations().First());
        Assert.Equal("CA-2026-0042", (await context.Set<CasuistiekBot.Cases.Casus>().SingleAsync()).Reference);
    }

    [Fact]
    public async Task A_database_halfway_through_the_hand_written_migrations_is_refused_with_the_missing_step()
    {
        await using var database = await StorageTestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await ReleaseDatabase.RestoreAsync(database, script =>
            script.Replace("INSERT INTO __EFMigrationsHistory VALUES('20261125120000_AddSignalFollowUp','10.0.14');", "", StringComparison.Ordinal));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => database.StartMigratedInstanceAsync());

        Assert.Contains("20261125120000_AddSignalFollowUp", refused.Message, StringComparison.Ordinal);
        await using var context = await CreateContextAsync(database.StartInstance());
        Assert.DoesNotContain(context.Database.GetMigrations().First(), await context.Database.GetAppliedMigrationsAsync());
    }

    private static string Json(object row) => JsonSerializer.Serialize(row, row.GetType());

    private static async Task<List<object>> ReadAsync<T>(CasuistiekDbContext context) where T : class =>
        [.. await context.Set<T>().AsNoTracking().ToListAsync()];

    private static Task<CasuistiekDbContext> CreateContextAsync(IServiceProvider instance) =>
        instance.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
}

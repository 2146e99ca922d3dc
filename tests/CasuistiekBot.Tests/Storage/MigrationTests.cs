using CasuistiekBot.Framework.State;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Tests.Storage;

public sealed class MigrationTests
{
    // Every migration the app ships, in order; each capability adds its own. The first is the upgrade test's base.
    private static readonly string[] AllMigrations = typeof(CasuistiekDbContext).Assembly.GetTypes()
        .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false)
            .Cast<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().FirstOrDefault()?.Id)
        .OfType<string>().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_app_ships_its_first_two_migrations_in_order()
    {
        Assert.True(AllMigrations.Length >= 2);
        Assert.Equal(["20261102090000_Initial", "20261102090100_AddAuditEntries"], AllMigrations[..2]);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Migrating_an_empty_database_creates_every_table(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var instance = await database.StartMigratedInstanceAsync();

        await using var context = await CreateContextAsync(instance);
        Assert.Equal(AllMigrations, await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await context.ConversationStates.CountAsync());
        Assert.Equal(0, await context.ConversationReferences.CountAsync());
        Assert.Equal(0, await context.ProcessedActivities.CountAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Migrating_an_up_to_date_database_again_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var first = await database.StartMigratedInstanceAsync();
        var etag = await first.GetRequiredService<IStateStore>().WriteAsync("dialog/1", """{"step":2}""", null, CancellationToken.None);

        var second = await database.StartMigratedInstanceAsync();

        await using var context = await CreateContextAsync(second);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(AllMigrations, await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(new StoredState("""{"step":2}""", etag), await second.GetRequiredService<IStateStore>().ReadAsync("dialog/1", CancellationToken.None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Upgrading_a_database_from_the_first_migration_keeps_its_data(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var old = database.StartInstance();
        await using (var context = await CreateContextAsync(old))
        {
            await context.GetService<IMigrator>().MigrateAsync(AllMigrations[0]);
            Assert.Equal(AllMigrations[..1], await context.Database.GetAppliedMigrationsAsync());
        }
        var etag = await old.GetRequiredService<IStateStore>().WriteAsync("dialog/7", """{"flow":"intake"}""", null, CancellationToken.None);

        var upgraded = await database.StartMigratedInstanceAsync();

        Assert.Equal(new StoredState("""{"flow":"intake"}""", etag), await upgraded.GetRequiredService<IStateStore>().ReadAsync("dialog/7", CancellationToken.None));
        await using var after = await CreateContextAsync(upgraded);
        Assert.Equal(AllMigrations, await after.Database.GetAppliedMigrationsAsync());
        after.AuditEntries.Add(new AuditEntry { At = database.Clock.GetUtcNow(), Actor = "system", SubjectType = "casus", SubjectId = "C-1", Action = "created" });
        await after.SaveChangesAsync();
        Assert.Equal("C-1", (await after.AuditEntries.AsNoTracking().SingleAsync()).SubjectId);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Two_instances_migrating_an_empty_database_at_once_both_succeed(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var instances = Enumerable.Range(0, 2).Select(_ => database.StartInstance()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None))));

        await using var context = await CreateContextAsync(instances[0]);
        Assert.Equal(AllMigrations, await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Starting_the_host_migrates_before_anything_serves(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var instance = database.StartInstance();

        foreach (var hosted in instance.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }

        await using var context = await CreateContextAsync(instance);
        Assert.Equal(AllMigrations, await context.Database.GetAppliedMigrationsAsync());
    }

    [RequiresServiceFact(PostgresTestDatabase.EnvironmentVariable)]
    public async Task The_migrator_creates_a_missing_postgres_database()
    {
        await using var database = await StorageTestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var unborn = PostgresTestDatabase.Unborn();
        var instance = database.StartInstance(unborn.ConnectionString);

        await instance.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using var context = await CreateContextAsync(instance);
        Assert.Equal(AllMigrations, await context.Database.GetAppliedMigrationsAsync());
    }

    private static Task<CasuistiekDbContext> CreateContextAsync(IServiceProvider instance) =>
        instance.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
}

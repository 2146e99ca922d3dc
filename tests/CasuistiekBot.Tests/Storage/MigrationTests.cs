using CasuistiekBot.Framework.State;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Tests.Storage;

public sealed class MigrationTests
{
    [Theory, InlineData(DatabaseProvider.Sqlite), InlineData(DatabaseProvider.Postgres)]
    internal void Each_provider_has_generated_migrations_that_cover_the_whole_model(DatabaseProvider provider)
    {
        // The design-time contexts: neither check needs a server.
        using CasuistiekDbContext context = provider == DatabaseProvider.Sqlite
            ? new SqliteCasuistiekDbContext.DesignTimeFactory().CreateDbContext([])
            : new PostgresCasuistiekDbContext.DesignTimeFactory().CreateDbContext([]);

        Assert.EndsWith("_Baseline", context.Database.GetMigrations().First(), StringComparison.Ordinal);
        Assert.False(context.Database.HasPendingModelChanges(), "the model has changes without a migration: dotnet ef migrations add");
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Migrating_an_empty_database_creates_every_table(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var instance = await database.StartMigratedInstanceAsync();

        await using var context = await CreateContextAsync(instance);
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
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
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(new StoredState("""{"step":2}""", etag), await second.GetRequiredService<IStateStore>().ReadAsync("dialog/1", CancellationToken.None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Two_instances_migrating_an_empty_database_at_once_both_succeed(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var instances = Enumerable.Range(0, 2).Select(_ => database.StartInstance()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None))));

        await using var context = await CreateContextAsync(instances[0]);
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
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
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
    }

    [RequiresServiceFact(PostgresTestDatabase.EnvironmentVariable)]
    public async Task The_migrator_creates_a_missing_postgres_database()
    {
        await using var database = await StorageTestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var unborn = PostgresTestDatabase.Unborn();
        var instance = database.StartInstance(unborn.ConnectionString);

        await instance.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using var context = await CreateContextAsync(instance);
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
    }

    private static Task<CasuistiekDbContext> CreateContextAsync(IServiceProvider instance) =>
        instance.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
}

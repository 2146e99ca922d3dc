using System.Data.Common;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Storage;

/// <summary>
/// The migrations are generated, but a generated file may be edited by hand afterwards: compare a migrated database
/// with one EF creates straight from the model.
/// </summary>
public sealed class SchemaTests
{
    private const string SqliteColumns = """
        SELECT t.name || '.' || c.name || ' ' || c.type || (CASE WHEN c."notnull" = 1 THEN ' not null' ELSE '' END)
            || (CASE WHEN c.pk > 0 THEN ' pk' || c.pk ELSE '' END)
            || (CASE WHEN c.pk > 0 AND t.sql LIKE '%AUTOINCREMENT%' THEN ' autoincrement' ELSE '' END)
        FROM sqlite_master t JOIN pragma_table_info(t.name) c
        WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite%' AND t.name NOT LIKE '\_\_EF%' ESCAPE '\'
        UNION ALL
        SELECT 'index ' || name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
        """;

    private const string PostgresColumns = """
        SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || is_identity
            || ' ' || coalesce(identity_generation, '') || ' ' || coalesce(column_default, '')
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
        UNION ALL
        SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
        """;

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task The_migrated_schema_matches_the_model(DatabaseProvider provider)
    {
        await using var migrated = await StorageTestDatabase.CreateAsync(provider);
        await using var fromModel = await StorageTestDatabase.CreateAsync(provider);
        var migratedInstance = await migrated.StartMigratedInstanceAsync();
        var modelInstance = fromModel.StartInstance();
        await using (var context = await CreateContextAsync(modelInstance)) await context.Database.EnsureCreatedAsync();

        var expected = await ReadSchemaAsync(modelInstance);
        var actual = await ReadSchemaAsync(migratedInstance);

        Assert.Contains(expected, line => line.StartsWith("audit_entries.at ", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    /// <summary>Every column (type, nullability, key, identity; on PostgreSQL also its default) and index, one sorted line each.</summary>
    internal static async Task<List<string>> ReadSchemaAsync(IServiceProvider instance)
    {
        await using var context = await CreateContextAsync(instance);
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = context.Database.IsSqlite() ? SqliteColumns : PostgresColumns;
        var lines = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static Task<CasuistiekDbContext> CreateContextAsync(IServiceProvider instance) =>
        instance.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
}

using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CasuistiekBot.Tests.Storage.Upgrade;

/// <summary>Fills an empty test database with the November 2026 release's schema, history and <see cref="ReleaseRows"/>.</summary>
internal static class ReleaseDatabase
{
    public static async Task RestoreAsync(StorageTestDatabase database, Func<string, string>? edit = null)
    {
        var script = await File.ReadAllTextAsync(Path.Combine(
            RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Storage", "Upgrade",
            database.Provider == DatabaseProvider.Sqlite ? "release-2026-11.sqlite.sql" : "release-2026-11.postgres.sql"));
        script = edit?.Invoke(script) ?? script;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var connectionString = new SqliteConnectionStringBuilder(SqliteDataSource.Resolve(database.ConnectionString, database.ContentRoot))
            {
                Pooling = false,
            }.ToString();
            await using var sqlite = new SqliteConnection(connectionString);
            await sqlite.OpenAsync();
            await using var command = new SqliteCommand(script, sqlite);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var postgres = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
            await postgres.OpenAsync();
            await using var command = new NpgsqlCommand(script, postgres);
            await command.ExecuteNonQueryAsync();
        }
    }
}

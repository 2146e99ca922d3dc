using Npgsql;

namespace CasuistiekBot.Testing.Postgres;

/// <summary>
/// A uniquely named, empty database on the test server named by <see cref="EnvironmentVariable"/>, dropped on dispose,
/// so tests never see each other's rows and may run in parallel.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "CASUISTIEK_TEST_POSTGRES";

    private readonly string _adminConnectionString;

    private PostgresTestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var admin = TestEnvironment.Require(EnvironmentVariable);
        var database = new PostgresTestDatabase(admin, "casuistiek_test_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>A connection string to a database name that does not exist yet; the caller creates it (or not).</summary>
    public static PostgresTestDatabase Unborn() =>
        new(TestEnvironment.Require(EnvironmentVariable), "casuistiek_test_" + Guid.NewGuid().ToString("N"));

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        // FORCE ends sessions a test left open (PostgreSQL 13+).
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

namespace CasuistiekBot.Storage;

/// <summary>Section <c>Database</c>; the connection string itself is <c>ConnectionStrings:CasuistiekDb</c>.</summary>
internal sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "CasuistiekDb";
    public const string DefaultSqliteConnectionString = "Data Source=data/casuistiek.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Filled from <c>ConnectionStrings:CasuistiekDb</c>; a relative SQLite path is resolved against the content root.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply pending migrations before the app serves; switch off when a deployment step migrates instead.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>How long a SQLite writer waits for another writer's lock before failing.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(3);
}

using Microsoft.Data.Sqlite;

namespace CasuistiekBot.Storage;

/// <summary>
/// Serialises instances migrating one SQLite file, as the advisory lock does on PostgreSQL. EF's own lock row covers a
/// single MigrateAsync, but the data steps migrate to a point before their migration first: an instance that read its
/// pending list before another finished would take that schema back down. An exclusive lock on a file beside the
/// database (created 0600) holds for the whole run; an in-memory database needs none.
/// </summary>
internal static class SqliteMigrationLock
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(50);

    public static async Task<IDisposable?> AcquireAsync(string? connectionString, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return null;
        var path = Path.GetFullPath(builder.DataSource) + ".migrate.lock";
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = PrivateFiles.FileMode;
        while (true)
        {
            try
            {
                return new FileStream(path, options);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another instance: it is migrating; wait until it has finished.
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }
}

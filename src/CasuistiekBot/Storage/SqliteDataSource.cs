using Microsoft.Data.Sqlite;

namespace CasuistiekBot.Storage;

internal static class SqliteDataSource
{
    /// <summary>
    /// Makes a relative database path absolute under <paramref name="contentRoot"/> and creates its folder, so the app
    /// finds the same file whatever its working directory. The file is created here, empty and 0600 (SQLite takes an
    /// empty file as a new database, and gives its journal and WAL files the same mode): the bot's account alone reads it.
    /// </summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }
        builder.DataSource = Path.GetFullPath(path, contentRoot);
        if (builder.Mode is SqliteOpenMode.ReadWriteCreate && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            PrivateFiles.EnsureFolder(folder);
            PrivateFiles.EnsureFile(builder.DataSource);
        }
        return builder.ToString();
    }
}

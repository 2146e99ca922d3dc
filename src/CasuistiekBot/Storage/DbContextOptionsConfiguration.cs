using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CasuistiekBot.Storage;

internal static class DbContextOptionsConfiguration
{
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        _ = options.Provider switch
        {
            DatabaseProvider.Sqlite => builder
                // Microsoft.Data.Sqlite retries a busy database until the command timeout, so that timeout is the busy timeout.
                .UseSqlite(options.ConnectionString, sqlite => sqlite.CommandTimeout(Math.Max(1, (int)Math.Ceiling(options.SqliteBusyTimeout.TotalSeconds))))
                .AddInterceptors(new SqlitePragmaInterceptor(options.SqliteBusyTimeout))
                // SQLite changes a column by rebuilding its table, with foreign keys off outside the transaction: expected for
                // every such migration, so it is information, not a warning on every fresh database.
                .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information))),
            DatabaseProvider.Postgres => builder.UseNpgsql(options.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };
    }
}

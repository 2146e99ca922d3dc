using Microsoft.EntityFrameworkCore;

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
                .AddInterceptors(new SqlitePragmaInterceptor(options.SqliteBusyTimeout)),
            DatabaseProvider.Postgres => builder.UseNpgsql(options.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CasuistiekBot.Storage;

/// <summary>The database on SQLite; its migrations are in Migrations/Sqlite.</summary>
internal sealed class SqliteCasuistiekDbContext(DbContextOptions<SqliteCasuistiekDbContext> options) : CasuistiekDbContext(options)
{
    /// <summary>For dotnet-ef: <c>dotnet ef migrations add Name --context SqliteCasuistiekDbContext</c>.</summary>
    internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteCasuistiekDbContext>
    {
        public SqliteCasuistiekDbContext CreateDbContext(string[] args) =>
            new(DesignTimeOptions.For<SqliteCasuistiekDbContext>(DatabaseProvider.Sqlite, DatabaseOptions.DefaultSqliteConnectionString));
    }
}

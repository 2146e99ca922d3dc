using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CasuistiekBot.Storage;

/// <summary>The database on PostgreSQL; its migrations are in Migrations/Postgres.</summary>
internal sealed class PostgresCasuistiekDbContext(DbContextOptions<PostgresCasuistiekDbContext> options) : CasuistiekDbContext(options)
{
    /// <summary>For dotnet-ef: <c>dotnet ef migrations add Name --context PostgresCasuistiekDbContext</c>.</summary>
    internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresCasuistiekDbContext>
    {
        public PostgresCasuistiekDbContext CreateDbContext(string[] args) =>
            new(DesignTimeOptions.For<PostgresCasuistiekDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=casuistiek"));
    }
}

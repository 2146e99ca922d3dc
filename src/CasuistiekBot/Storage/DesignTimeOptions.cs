using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Storage;

internal static class DesignTimeOptions
{
    /// <summary>
    /// The options the app itself builds for <paramref name="provider"/>, so dotnet-ef sees the model the app runs with.
    /// Adding a migration, scripting one or checking for model changes never connects.
    /// </summary>
    public static DbContextOptions<TContext> For<TContext>(DatabaseProvider provider, string connectionString) where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        DbContextOptionsConfiguration.Configure(builder, new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
        return builder.Options;
    }
}

using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Storage;

public sealed class SqliteSetupTests
{
    [Fact]
    public async Task The_default_database_lives_in_a_data_folder_under_the_content_root_in_wal_mode()
    {
        await using var database = await StorageTestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var instance = await database.StartMigratedInstanceAsync();

        Assert.True(File.Exists(Path.Combine(database.ContentRoot, "data", "casuistiek.db")));
        await using var context = await instance.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
        Assert.Equal("wal", await ScalarAsync(context, "PRAGMA journal_mode"));
        Assert.Equal("30000", await ScalarAsync(context, "PRAGMA busy_timeout"));
    }

    private static async Task<string?> ScalarAsync(CasuistiekDbContext context, string sql)
    {
        await context.Database.OpenConnectionAsync();
        try
        {
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}

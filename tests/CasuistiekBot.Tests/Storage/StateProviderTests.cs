using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Storage;

public sealed class StateProviderTests
{
    [Fact]
    public async Task By_default_dialog_state_lives_in_the_database_and_outlives_the_instance()
    {
        await using var database = await StorageTestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var first = await database.StartMigratedInstanceAsync();
        var etag = await first.GetRequiredService<IStateStore>().WriteAsync("dialog/a", "{}", null, CancellationToken.None);

        var second = database.StartInstance();

        Assert.Equal(new StoredState("{}", etag), await second.GetRequiredService<IStateStore>().ReadAsync("dialog/a", CancellationToken.None));
    }

    [Fact]
    public void State_provider_memory_keeps_dialog_state_in_the_process()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["State:Provider"] = "Memory",
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = "Data Source=data/casuistiek.db",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddStorage(configuration, new TestHostEnvironment(Path.GetTempPath()));
        services.AddConversationReferences();

        using var provider = services.BuildServiceProvider();

        Assert.IsType<MemoryStateStore>(provider.GetRequiredService<IStateStore>());
    }
}

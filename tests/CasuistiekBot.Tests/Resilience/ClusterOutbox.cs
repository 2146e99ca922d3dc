using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>
/// The outbox of a <see cref="ProcessCluster"/>'s database, reached through the app's own registrations in this test
/// process (its worker never runs here): messages are put in as a feature would, and read back after the processes sent them.
/// </summary>
internal sealed class ClusterOutbox : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _serviceUrl;

    private ClusterOutbox(IReadOnlyDictionary<string, string?> settings, string contentRoot, string serviceUrl)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(configuration, new TestHostEnvironment(contentRoot));
        services.AddConversationReferences();
        services.AddBotConnector(configuration);
        services.AddDelivery(configuration);
        _services = services.BuildServiceProvider();
        _serviceUrl = serviceUrl;
    }

    /// <summary>Migrates the database first, as the first process to start would.</summary>
    public static async Task<ClusterOutbox> CreateAsync(IReadOnlyDictionary<string, string?> settings, string contentRoot, string serviceUrl)
    {
        var outbox = new ClusterOutbox(settings, contentRoot, serviceUrl);
        await outbox._services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return outbox;
    }

    public static OutboxMessage Text(string key, string conversationId) =>
        OutboxMessage.ToConversation(key, "msteams", conversationId, MessageFactory.Text(key));

    public async Task EnqueueAsync(IEnumerable<OutboxMessage> messages)
    {
        await using var db = await ContextAsync();
        var outbox = _services.GetRequiredService<IOutbox>();
        foreach (var message in messages) await outbox.EnqueueAsync(db, message, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    /// <summary>A 1:1 chat as the conversation capture would have stored it, so the worker knows where to send.</summary>
    public Task SaveConversationAsync(string conversationId) =>
        _services.GetRequiredService<IConversationReferenceStore>().SaveAsync(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = _serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal, TenantId = "tenant-1" },
            Bot = new ChannelAccount { Id = "28:casuistiek-bot" },
        }, "tenant-1", null, CancellationToken.None);

    public async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var db = await ContextAsync();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    private Task<CasuistiekDbContext> ContextAsync() =>
        _services.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Delivery;

/// <summary>One app instance of a <see cref="DeliveryTestHost"/>: its container, its worker and what it sent.</summary>
internal sealed class DeliveryInstance(ServiceProvider services, ClockedConnector connector, RecordingFailureNotifier notifier, string serviceUrl)
    : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _running;

    public ServiceProvider Services { get; } = services;
    public ClockedConnector Connector { get; } = connector;
    public RecordingFailureNotifier Notifier { get; } = notifier;
    public DeliveryWorker Worker => Services.GetRequiredService<DeliveryWorker>();
    public OutboxStore Store => Services.GetRequiredService<OutboxStore>();
    public IDeadLetters DeadLetters => Services.GetRequiredService<IDeadLetters>();
    public IConversationReferenceStore References => Services.GetRequiredService<IConversationReferenceStore>();

    /// <summary>Runs the worker as the host would, until the instance is disposed.</summary>
    public void StartWorker() => _running = Worker.StartAsync(_stopping.Token);

    public async Task EnqueueAsync(params OutboxMessage[] messages)
    {
        await using var db = await CreateContextAsync();
        var outbox = Services.GetRequiredService<IOutbox>();
        foreach (var message in messages) await outbox.EnqueueAsync(db, message, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public async Task<CasuistiekDbContext> CreateContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();

    public async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var db = await CreateContextAsync();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<OutboxMessage> MessageAsync(string idempotencyKey) =>
        (await MessagesAsync()).Single(m => m.IdempotencyKey == idempotencyKey);

    public async Task<bool> AllSentAsync(int count)
    {
        var messages = await MessagesAsync();
        return messages.Count == count && messages.All(m => m.Status == OutboxStatus.Sent);
    }

    /// <summary>Until coordinators have been told about <paramref name="count"/> dead letters, the last step of burying a message.</summary>
    public Task WaitForDeadLettersAsync(DeliveryTestHost host, int count) =>
        host.RunUntilAsync(() => Task.FromResult(Notifier.Notified.Count >= count));

    /// <summary>A Teams conversation the bot was installed in, as the conversation capture would have stored it.</summary>
    public Task SaveConversationAsync(string conversationId, string conversationType = ConversationTypes.Personal, string? aadObjectId = null) =>
        References.SaveAsync(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, TenantId = "tenant-1" },
            User = aadObjectId is null ? null : new ChannelAccount { Id = "29:" + aadObjectId, AadObjectId = aadObjectId },
            Bot = new ChannelAccount { Id = "28:casuistiek-bot" },
        }, "tenant-1", null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_running is not null)
        {
            await _running;
            await Worker.StopAsync(CancellationToken.None);
        }
        await Services.DisposeAsync();
        _stopping.Dispose();
    }
}

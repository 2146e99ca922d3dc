using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Delivery;

public sealed class OutboxTests
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_message_enqueued_in_a_transaction_that_rolls_back_is_never_sent(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.SaveConversationAsync("a:anna");
        var outbox = app.Services.GetRequiredService<IOutbox>();
        await using (var db = await app.CreateContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.True(await outbox.EnqueueAsync(db, Text("rolled-back", "a:anna"), CancellationToken.None));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        await app.EnqueueAsync(Text("committed", "a:anna"));

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(1));

        Assert.Equal(["committed"], host.Connector.Activities.Select(a => a.Text));
        Assert.Equal(["committed"], (await app.MessagesAsync()).Select(m => m.IdempotencyKey));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_key_enqueued_twice_is_stored_and_sent_once(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.SaveConversationAsync("a:anna");
        var outbox = app.Services.GetRequiredService<IOutbox>();
        await using (var db = await app.CreateContextAsync())
        {
            Assert.True(await outbox.EnqueueAsync(db, Text("reminder-1", "a:anna"), CancellationToken.None));
            Assert.False(await outbox.EnqueueAsync(db, Text("reminder-1", "a:anna"), CancellationToken.None));
            await db.SaveChangesAsync();
        }
        await using (var db = await app.CreateContextAsync())
        {
            Assert.False(await outbox.EnqueueAsync(db, Text("reminder-1", "a:anna"), CancellationToken.None));
            Assert.True(await outbox.EnqueueAsync(db, Text("reminder-2", "a:anna"), CancellationToken.None));
            await db.SaveChangesAsync();
        }

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(2));

        Assert.Equal(["reminder-1", "reminder-2"], host.Connector.Activities.Select(a => a.Text));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Delivery_state_set_by_the_caller_is_ignored(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        var message = Text("fresh", "a:anna");
        message.Status = OutboxStatus.Sent;
        message.Attempts = 7;
        message.SentActivityId = "activity-from-elsewhere";

        await app.EnqueueAsync(message);

        var stored = await app.MessageAsync("fresh");
        Assert.Equal((OutboxStatus.Pending, 0, null, host.Clock.GetUtcNow()), (stored.Status, stored.Attempts, stored.SentActivityId, stored.NextAttemptAt));
    }

    [Fact]
    public async Task A_message_without_conversation_or_person_is_refused()
    {
        await using var host = await DeliveryTestHost.StartAsync(DatabaseProvider.Sqlite);
        var app = await host.StartInstanceAsync();
        var nowhere = Text("nowhere", "a:x");
        nowhere.ConversationId = null;

        await Assert.ThrowsAsync<ArgumentException>(() => app.EnqueueAsync(nowhere));
    }

    internal static OutboxMessage Text(string key, string conversationId) =>
        OutboxMessage.ToConversation(key, "msteams", conversationId, MessageFactory.Text(key));
}

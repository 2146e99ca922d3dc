using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Testing.Postgres;

namespace CasuistiekBot.Tests.Delivery;

public sealed class ConversationCreationTests
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_person_without_a_chat_gets_a_teams_1_on_1_created_and_remembered(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.EnqueueAsync(ToAnna(host, "welcome", userId: "29:anna"));

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(1));

        var body = Assert.Single(host.Connector.CreatedConversations);
        Assert.Equal(false, (bool?)body["isGroup"]);
        Assert.Equal("28:casuistiek-bot", (string?)body["bot"]?["id"]);
        Assert.Equal("29:anna", (string?)Assert.Single(body["members"]!.AsArray())?["id"]);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Equal("tenant-1", (string?)body["channelData"]?["tenant"]?["id"]);

        var message = await app.MessageAsync("welcome");
        Assert.StartsWith("a:conversation-", message.ConversationId);
        var send = Assert.Single(host.Connector.Requests, r => r.Method == "POST" && r.Activity is not null);
        Assert.Equal(message.ConversationId, send.ConversationId);
        var stored = await app.References.FindPersonalByUserAsync("aad-anna", CancellationToken.None);
        Assert.Equal((message.ConversationId, "tenant-1", "29:anna", "28:casuistiek-bot", true),
            (stored?.ConversationId, stored?.TenantId, stored?.UserId, stored?.BotId, stored?.Installed));

        // The next message finds the chat it created.
        await app.EnqueueAsync(ToAnna(host, "reminder"));
        await host.RunUntilAsync(() => app.AllSentAsync(2));
        Assert.Single(host.Connector.CreatedConversations);
        Assert.Equal(message.ConversationId, (await app.MessageAsync("reminder")).ConversationId);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Without_a_teams_user_id_the_chat_is_created_with_the_object_id(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.EnqueueAsync(ToAnna(host, "welcome"));

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(1));

        var body = Assert.Single(host.Connector.CreatedConversations);
        Assert.Equal("aad-anna", (string?)Assert.Single(body["members"]!.AsArray())?["id"]);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_person_with_a_stored_chat_gets_the_message_there_without_creating_one(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.SaveConversationAsync("a:existing", ConversationTypes.Personal, "aad-anna");
        await app.EnqueueAsync(ToAnna(host, "reminder"));

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(1));

        Assert.Empty(host.Connector.CreatedConversations);
        Assert.Equal("a:existing", Assert.Single(host.Connector.Requests).ConversationId);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_person_who_uninstalled_the_app_is_a_dead_letter_and_coordinators_are_told(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        host.Connector.RespondNext(FakeResponse.Status(403, "BotNotInConversationRoster"));
        await app.EnqueueAsync(ToAnna(host, "welcome"));

        app.StartWorker();
        await app.WaitForDeadLettersAsync(host, 1);

        var dead = Assert.Single(app.Notifier.Notified);
        Assert.Equal((DeadLetterReason.RecipientGone, "aad-anna"), (dead.Reason, dead.RecipientAadObjectId));
        Assert.Empty(host.Connector.Activities);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_stored_chat_that_is_not_found_is_replaced_by_a_new_one_and_nobody_is_told(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.SaveConversationAsync("a:existing", ConversationTypes.Personal, "aad-anna");
        host.Connector.RespondNext(FakeResponse.Status(404, "ConversationNotFound"));
        await app.EnqueueAsync(ToAnna(host, "reminder", userId: "29:anna"));

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(1));

        Assert.Single(host.Connector.CreatedConversations);
        var message = await app.MessageAsync("reminder");
        Assert.StartsWith("a:conversation-", message.ConversationId);
        Assert.Equal(["a:existing", message.ConversationId], host.Connector.Requests.Where(r => r.Activity is not null).Select(r => r.ConversationId));
        Assert.Empty(app.Notifier.Notified);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_chat_not_found_again_after_a_new_one_was_tried_is_a_dead_letter_that_says_not_found(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.SaveConversationAsync("a:existing", ConversationTypes.Personal, "aad-anna");
        host.Connector.RespondNext(FakeResponse.Status(404, "ConversationNotFound"), times: 3);
        await app.EnqueueAsync(ToAnna(host, "reminder", userId: "29:anna"));

        app.StartWorker();
        await app.WaitForDeadLettersAsync(host, 1);

        var dead = Assert.Single(app.Notifier.Notified);
        Assert.Equal((DeadLetterReason.ConversationNotFound, "aad-anna"), (dead.Reason, dead.RecipientAadObjectId));
        Assert.Empty(host.Connector.Activities);
    }

    private static OutboxMessage ToAnna(DeliveryTestHost host, string key, string? userId = null) =>
        OutboxMessage.ToPerson(key, "aad-anna", "tenant-1", host.Connector.ServiceUrl, MessageFactory.Text(key), userId);
}

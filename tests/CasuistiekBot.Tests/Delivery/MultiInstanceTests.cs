using System.Text.Json.Nodes;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Postgres;

namespace CasuistiekBot.Tests.Delivery;

public sealed class MultiInstanceTests
{
    private static readonly TimeSpan PastTheLease = new DeliveryOptions().LeaseDuration + TimeSpan.FromSeconds(1);

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_claim_whose_worker_died_is_taken_over_once_the_lease_expires(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var a = await host.StartInstanceAsync();
        var b = await host.StartInstanceAsync();
        await a.SaveConversationAsync("a:anna");
        await a.EnqueueAsync(OutboxTests.Text("reminder", "a:anna"));
        Assert.Single(await a.Store.ClaimAsync("worker-a#1", 10, CancellationToken.None));

        Assert.Equal(0, await b.Worker.DeliverDueAsync(CancellationToken.None));
        Assert.Empty(host.Connector.Requests);

        host.FakeTimeProvider.Advance(PastTheLease);
        Assert.Equal(1, await b.Worker.DeliverDueAsync(CancellationToken.None));

        Assert.Equal(["reminder"], host.Connector.Activities.Select(m => m.Text));
        Assert.Equal(OutboxStatus.Sent, (await b.MessageAsync("reminder")).Status);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Two_instances_on_one_database_deliver_200_messages_exactly_once(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider, TimeProvider.System);
        var settings = new Dictionary<string, string?> { ["Delivery:BatchSize"] = "10", ["Delivery:GlobalPerSecond"] = "50" };
        var a = await host.StartInstanceAsync(settings);
        var b = await host.StartInstanceAsync(settings);
        var conversations = Enumerable.Range(1, 40).Select(i => $"a:owner-{i:00}").ToList();
        foreach (var conversation in conversations) await a.SaveConversationAsync(conversation);
        var keys = Enumerable.Range(1, 200).Select(i => $"reminder-{i:000}").ToList();
        await a.EnqueueAsync(keys.Select((k, i) => OutboxTests.Text(k, conversations[i % conversations.Count])).ToArray());

        a.StartWorker();
        b.StartWorker();
        await host.Connector.WaitForActivitiesAsync(200, DeliveryTestHost.Patience);
        await host.RunUntilAsync(() => a.AllSentAsync(200));

        var delivered = host.Connector.Activities.Select(m => m.Text!).ToList();
        Assert.Equal(keys, delivered.Order());
        var sendsByInstance = (a.Connector.Calls.Count, b.Connector.Calls.Count);
        Assert.Equal(200, sendsByInstance.Item1 + sendsByInstance.Item2);
        var messages = await a.MessagesAsync();
        Assert.All(messages, m => Assert.Equal(1, m.Attempts));
        Assert.Equal(200, messages.Select(m => m.SentActivityId).Distinct().Count());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_crash_between_send_and_mark_updates_the_card_again_instead_of_posting_a_second_one(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var a = await host.StartInstanceAsync();
        var b = await host.StartInstanceAsync();
        await a.SaveConversationAsync("a:anna");
        await a.EnqueueAsync(Card("signal-7-v1", "Signaal 7: open"));
        Assert.Equal(1, await a.Worker.DeliverDueAsync(CancellationToken.None));
        await a.EnqueueAsync(Card("signal-7-v2", "Signaal 7: gesloten"));

        await DieRightAfterTheConnectorAnswersAsync(host, a, activitiesBefore: 1);
        var orphan = await b.MessageAsync("signal-7-v2");
        Assert.Equal((OutboxStatus.Claimed, null), (orphan.Status, orphan.SentActivityId));
        Assert.NotNull(orphan.SendStartedAt);

        Assert.Equal(0, await b.Worker.DeliverDueAsync(CancellationToken.None));
        host.FakeTimeProvider.Advance(PastTheLease);
        Assert.Equal(1, await b.Worker.DeliverDueAsync(CancellationToken.None));

        var calls = host.Connector.Requests.Select(r => (r.Method, r.ActivityId)).ToList();
        Assert.Equal([("POST", null), ("PUT", "activity-1"), ("PUT", "activity-1")], calls);
        var recovered = await b.MessageAsync("signal-7-v2");
        Assert.Equal((OutboxStatus.Sent, "activity-1", 2), (recovered.Status, recovered.SentActivityId, recovered.Attempts));
        Assert.Contains("gesloten", host.Connector.Requests[^1].Body);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_plain_message_that_a_dead_worker_may_have_sent_is_sent_again(DatabaseProvider provider)
    {
        // The documented limit of the guarantee: with no card to update, at least once wins over at most once.
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var a = await host.StartInstanceAsync();
        var b = await host.StartInstanceAsync();
        await a.SaveConversationAsync("a:anna");
        await a.EnqueueAsync(OutboxTests.Text("reminder", "a:anna"));

        await DieRightAfterTheConnectorAnswersAsync(host, a, activitiesBefore: 0);
        host.FakeTimeProvider.Advance(PastTheLease);
        Assert.Equal(1, await b.Worker.DeliverDueAsync(CancellationToken.None));

        Assert.Equal(["reminder", "reminder"], host.Connector.Activities.Select(m => m.Text));
        Assert.Equal("activity-2", (await b.MessageAsync("reminder")).SentActivityId);
    }

    private static async Task DieRightAfterTheConnectorAnswersAsync(DeliveryTestHost host, DeliveryInstance instance, int activitiesBefore)
    {
        instance.Connector.DieAfterCall = true;
        using var crash = new CancellationTokenSource();
        var dying = instance.Worker.DeliverDueAsync(crash.Token);
        await host.Connector.WaitForActivitiesAsync(activitiesBefore + 1, DeliveryTestHost.Patience);
        await crash.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);
    }

    private static OutboxMessage Card(string key, string title) => OutboxMessage.ToConversation(
        key, "msteams", "a:anna",
        MessageFactory.Card(new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = title }),
        }),
        replacesKey: "signal-7");
}

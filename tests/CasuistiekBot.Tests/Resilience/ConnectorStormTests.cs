using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Tests.Caching;

namespace CasuistiekBot.Tests.Resilience;

[StartsProcesses("a cluster of built executables")]
public sealed class ConnectorStormTests
{
    [Fact]
    public async Task After_a_storm_of_errors_throttling_and_timeouts_the_outbox_delivers_every_message_exactly_once()
    {
        await using var cluster = await ProcessCluster.CreateAsync(DatabaseProvider.Sqlite);
        var outbox = await cluster.OutboxAsync();
        var conversations = Enumerable.Range(1, 10).Select(i => $"a:storm-{i:00}").ToList();
        foreach (var conversation in conversations) await outbox.SaveConversationAsync(conversation);
        var keys = Enumerable.Range(1, 40).Select(i => $"reminder-{i:00}").ToList();
        await outbox.EnqueueAsync(keys.Select((key, i) => ClusterOutbox.Text(key, conversations[i % conversations.Count])));

        // 80 answers in a row that are anything but an acceptance; a send that times out is abandoned by the bot, so
        // the fake connector never records it as accepted.
        FakeResponse[] storm =
        [
            FakeResponse.Status(500, "InternalServerError"), FakeResponse.Status(502), FakeResponse.Status(503),
            FakeResponse.Throttled(TimeSpan.FromSeconds(1)), FakeResponse.Status(504), FakeResponse.Delayed(TimeSpan.FromMinutes(2)),
            FakeResponse.Status(412, "PreconditionFailed"), FakeResponse.Throttled(TimeSpan.FromSeconds(1)),
        ];
        for (var i = 0; i < 80; i++) cluster.Connector.RespondNext(storm[i % storm.Length]);

        await cluster.StartAsync(1, new Dictionary<string, string?>
        {
            ["Bot:Connector:MaxRetries"] = "1",
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.100",
            ["Bot:Connector:MaxRetryAfter"] = "00:00:01",
            ["Bot:Connector:AttemptTimeout"] = "00:00:01",
            ["Bot:Connector:TotalTimeout"] = "00:00:03",
            ["Delivery:RetryBaseDelay"] = "00:00:00.200",
            ["Delivery:MaxRetryDelay"] = "00:00:01",
            ["Delivery:MaxAttempts"] = "30",
            ["Delivery:LeaseDuration"] = "00:00:10",
            ["Delivery:GlobalPerSecond"] = "50",
        });
        await Eventually.TrueAsync(async () => (await outbox.MessagesAsync()).All(m => m.Status == OutboxStatus.Sent),
            $"not every message was sent after the storm\n{cluster.Describe()}", TimeSpan.FromSeconds(90));

        Assert.True(cluster.Connector.Requests.Count > keys.Count + 80 / 2, "the storm did not hit the sends");
        Assert.Equal(keys, cluster.Connector.Activities.Select(a => a.Text!).Order());
        Assert.Contains(await outbox.MessagesAsync(), m => m.Attempts > 1);
    }
}

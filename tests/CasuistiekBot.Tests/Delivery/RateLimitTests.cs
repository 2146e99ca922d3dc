using CasuistiekBot.Storage;

namespace CasuistiekBot.Tests.Delivery;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Twenty_messages_into_one_conversation_are_spread_over_at_least_three_seconds()
    {
        await using var host = await DeliveryTestHost.StartAsync(DatabaseProvider.Sqlite);
        var app = await host.StartInstanceAsync();
        await app.SaveConversationAsync("a:anna");
        var keys = Enumerable.Range(1, 20).Select(i => $"message-{i:00}").ToList();
        await app.EnqueueAsync(keys.Select(k => OutboxTests.Text(k, "a:anna")).ToArray());

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(20), TimeSpan.FromMilliseconds(100));

        var sends = app.Connector.Calls.Where(c => c.Operation == "send").ToList();
        Assert.Equal(keys, sends.Select(c => c.Text));
        Assert.True(sends[^1].At - sends[0].At >= TimeSpan.FromSeconds(3), $"All sent within {sends[^1].At - sends[0].At}");
        Assert.Equal(keys, host.Connector.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task The_global_rate_holds_across_conversations()
    {
        await using var host = await DeliveryTestHost.StartAsync(DatabaseProvider.Sqlite);
        var app = await host.StartInstanceAsync(new Dictionary<string, string?> { ["Delivery:GlobalPerSecond"] = "5" });
        var keys = Enumerable.Range(1, 25).Select(i => $"owner-{i:00}").ToList();
        foreach (var key in keys) await app.SaveConversationAsync("a:" + key);
        await app.EnqueueAsync(keys.Select(k => OutboxTests.Text(k, "a:" + k)).ToArray());

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(25), TimeSpan.FromMilliseconds(100));

        var times = app.Connector.Calls.Where(c => c.Operation == "send").Select(c => c.At).Order().ToList();
        Assert.Equal(25, times.Count);
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(3), $"All sent within {times[^1] - times[0]}");
        Assert.Equal(keys.Order(), host.Connector.Activities.Select(a => a.Text!).Order());
    }
}

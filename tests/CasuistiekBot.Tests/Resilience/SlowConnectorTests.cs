using System.Net;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Connector;

namespace CasuistiekBot.Tests.Resilience;

[StartsProcesses("a cluster of built executables")]
public sealed class SlowConnectorTests
{
    // Teams gives a turn 15 seconds to answer; the channel stops waiting after that.
    private static readonly HttpClient Channel = new() { Timeout = TimeSpan.FromSeconds(15) };

    [Fact]
    public async Task With_a_connector_that_hangs_the_turn_still_answers_in_time_and_its_replies_follow_through_the_outbox_in_order()
    {
        await using var cluster = await ProcessCluster.CreateAsync(DatabaseProvider.Sqlite);
        var app = (await cluster.StartAsync(1))[0];
        var chat = new ProcessChat(cluster.Connector, "a:slow-connector", 1);
        Assert.Contains(IntakeWalk.Steps[0].NextQuestion, await chat.SayAsync(app, IntakeWalk.Steps[0].Answer));

        // The story's turn sends two replies (the scrubbed story, then the next question) and a typing indicator; the
        // connector sits on the first two requests far longer than Teams would wait for the turn.
        var before = chat.Messages().Count;
        cluster.Connector.RespondNext(FakeResponse.Delayed(TimeSpan.FromMinutes(2)), times: 2);
        using var response = await Channel.PostAsync(new Uri(app.BaseAddress, "api/messages"), ProcessChat.Json(chat.Message(IntakeWalk.Steps[1].Answer)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Caching.Eventually.TrueAsync(() => Task.FromResult(chat.Messages().Count >= before + 2), "the queued replies did not follow");
        var late = chat.Messages().Skip(before).Select(m => m.Text ?? "").ToList();
        Assert.Equal(2, late.Count);
        Assert.Contains("[NAAM-1]", late[0]);
        Assert.Contains(IntakeWalk.Steps[1].NextQuestion, late[1]);

        // The chat goes on from where the slow turn left it.
        Assert.Contains(IntakeWalk.Steps[2].NextQuestion, await chat.SayAsync(app, IntakeWalk.Steps[2].Answer));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(3, chat.Messages().Skip(before).Count());
    }
}

using System.Net;
using CasuistiekBot.Delivery;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Testing.Postgres;
using CasuistiekBot.Tests.Caching;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>Several real app processes on one PostgreSQL database (and one Redis), as a scaled-out deployment runs.</summary>
public sealed class MultiInstanceProcessTests
{
    [RequiresServiceFact(PostgresTestDatabase.EnvironmentVariable)]
    public async Task Turns_of_one_intake_alternate_between_three_instances_and_each_continues_where_the_last_left_off()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        var apps = await cluster.StartAsync(3, PatientReplies);

        await WalkAcrossAsync(cluster, apps, user: 1);

        Assert.Single(await cluster.CasesAsync());
    }

    [RequiresServiceFact(RedisTestInstances.EnvironmentVariable)]
    public async Task With_Redis_holding_the_state_turns_alternate_between_two_instances_as_well()
    {
        TestEnvironment.Require(PostgresTestDatabase.EnvironmentVariable);
        await using var cluster = await ProcessCluster.CreateAsync();
        var apps = await cluster.StartAsync(2, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = TestEnvironment.Require(RedisTestInstances.EnvironmentVariable),
            ["Bot:Endpoint:InlineReplyBudget"] = PatientReplies["Bot:Endpoint:InlineReplyBudget"],
        });

        await WalkAcrossAsync(cluster, apps, user: Random.Shared.Next(1_000, 1_000_000));

        Assert.Single(await cluster.CasesAsync());
    }

    [RequiresServiceFact(PostgresTestDatabase.EnvironmentVariable)]
    public async Task Two_answers_to_one_question_racing_on_two_instances_never_lose_the_chat_or_mix_the_answers()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        var apps = await cluster.StartAsync(2);
        var chats = Enumerable.Range(1, 12).Select(user => new ProcessChat(cluster.Connector, $"a:race-{user}", user)).ToList();

        await Task.WhenAll(chats.Select(async chat =>
        {
            await chat.SayAsync(apps[0], "nieuwe casus");
            await chat.SayAsync(apps[1], IntakeWalk.Steps[1].Answer);
            // The same question answered twice at once, once through each instance.
            var race = await Task.WhenAll(
                chat.SendAsync(apps[0], chat.Message("Besproken met mijn teamleider.")),
                chat.SendAsync(apps[1], chat.Message("Besproken met de jurist.")));
            Assert.All(race, r => Assert.Contains(r.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
            Assert.DoesNotContain(race.SelectMany(r => r.Replies), r => r.Text?.Contains("ging iets mis", StringComparison.OrdinalIgnoreCase) == true);
            await FinishFromWishAsync(chat, apps);
        }));

        var cases = await cluster.CasesAsync();
        Assert.Equal(chats.Count, cases.Count);
        Assert.All(cases, c => Assert.Contains(c.Tried, new[] { "Besproken met mijn teamleider.", "Besproken met de jurist." }));
    }

    [RequiresServiceFact(PostgresTestDatabase.EnvironmentVariable)]
    public async Task Three_instances_deliver_every_outbox_message_exactly_once()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        var outbox = await cluster.OutboxAsync();
        var conversations = Enumerable.Range(1, 30).Select(i => $"a:owner-{i:00}").ToList();
        foreach (var conversation in conversations) await outbox.SaveConversationAsync(conversation);
        var keys = Enumerable.Range(1, 150).Select(i => $"reminder-{i:000}").ToList();
        await outbox.EnqueueAsync(keys.Select((key, i) => ClusterOutbox.Text(key, conversations[i % conversations.Count])));

        await cluster.StartAsync(3, new Dictionary<string, string?> { ["Delivery:BatchSize"] = "5", ["Delivery:GlobalPerSecond"] = "50" });
        await cluster.Connector.WaitForActivitiesAsync(keys.Count, TimeSpan.FromSeconds(90));
        await Eventually.TrueAsync(async () => (await outbox.MessagesAsync()).All(m => m.Status == OutboxStatus.Sent),
            "not every message was marked sent", TimeSpan.FromSeconds(30));

        Assert.Equal(keys, cluster.Connector.Activities.Select(a => a.Text!).Order());
        Assert.All(await outbox.MessagesAsync(), m => Assert.Equal(1, m.Attempts));
    }

    [RequiresServiceFact(PostgresTestDatabase.EnvironmentVariable)]
    public async Task Messages_claimed_by_an_instance_killed_mid_send_are_delivered_by_another_once_the_lease_expires()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        var outbox = await cluster.OutboxAsync();
        var conversations = Enumerable.Range(1, 5).Select(i => $"a:owner-{i}").ToList();
        foreach (var conversation in conversations) await outbox.SaveConversationAsync(conversation);
        var keys = conversations.Select(c => $"reminder-for-{c}").ToList();
        await outbox.EnqueueAsync(keys.Select((key, i) => ClusterOutbox.Text(key, conversations[i])));
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Connector:MaxRetries"] = "0",
            ["Bot:Connector:AttemptTimeout"] = "00:00:05",
            ["Bot:Connector:TotalTimeout"] = "00:00:05",
            ["Delivery:MaxRateLimitWait"] = "00:00:00",
            ["Delivery:LeaseDuration"] = "00:00:06",
        };
        // The connector holds the first instance's sends until it is dead, so it dies holding every claim.
        cluster.Connector.RespondNext(FakeResponse.Delayed(TimeSpan.FromMinutes(5)), times: keys.Count);

        var dying = (await cluster.StartAsync(1, settings))[0];
        await Eventually.TrueAsync(() => Task.FromResult(cluster.Connector.Requests.Count >= keys.Count),
            $"the first instance did not start sending: {cluster.Connector.Requests.Count} requests\n{cluster.Describe()}", TimeSpan.FromSeconds(30));
        await dying.KillAsync();
        Assert.All(await outbox.MessagesAsync(), m => Assert.Equal(OutboxStatus.Claimed, m.Status));

        await cluster.StartAsync(1, settings);
        await cluster.Connector.WaitForActivitiesAsync(keys.Count, TimeSpan.FromSeconds(60));
        await Eventually.TrueAsync(async () => (await outbox.MessagesAsync()).All(m => m.Status == OutboxStatus.Sent),
            "the survivor did not finish the dead instance's messages", TimeSpan.FromSeconds(30));

        Assert.Equal(keys.Order(), cluster.Connector.Activities.Select(a => a.Text!).Order());
    }

    // The walk reads each question from the turn's own HTTP reply. On a loaded machine a turn can outlast the default
    // 5 s reply budget and send the rest through the outbox (SlowConnectorTests covers that); these tests are about state.
    private static readonly Dictionary<string, string?> PatientReplies = new() { ["Bot:Endpoint:InlineReplyBudget"] = "00:00:30" };

    private static async Task WalkAcrossAsync(ProcessCluster cluster, IReadOnlyList<AppProcess> apps, int user)
    {
        var chat = new ProcessChat(cluster.Connector, $"a:alternating-{user}", user);
        for (var i = 0; i < IntakeWalk.Steps.Length; i++)
        {
            var (answer, next) = IntakeWalk.Steps[i];
            Assert.Contains(next, await chat.SayAsync(apps[i % apps.Count], answer));
        }
        var (status, replies) = await chat.SendAsync(apps[IntakeWalk.Steps.Length % apps.Count], chat.Click(IntakeWalk.SubmitVerb, IntakeWalk.SubmitData));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(IntakeWalk.Acknowledgement, ProcessChat.Describe(replies));
    }

    // After the race the chat waits at "what do you want to achieve" (whichever answer won); the rest of the walk.
    private static async Task FinishFromWishAsync(ProcessChat chat, IReadOnlyList<AppProcess> apps)
    {
        for (var i = 3; i < IntakeWalk.Steps.Length; i++)
        {
            var (answer, next) = IntakeWalk.Steps[i];
            Assert.Contains(next, await chat.SayAsync(apps[i % apps.Count], answer));
        }
        var (status, replies) = await chat.SendAsync(apps[0], chat.Click(IntakeWalk.SubmitVerb, IntakeWalk.SubmitData));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(IntakeWalk.Acknowledgement, ProcessChat.Describe(replies));
    }
}

using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Testing.Postgres;

namespace CasuistiekBot.Tests.Delivery;

public sealed class DeliveryFailureTests
{
    private static readonly Dictionary<string, string?> QuickRetries = new()
    {
        ["Delivery:RetryBaseDelay"] = "00:00:01",
        ["Delivery:MaxRetryDelay"] = "00:00:05",
    };

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_throttled_message_waits_for_retry_after_and_arrives_once(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync(QuickRetries);
        await app.SaveConversationAsync("a:anna");
        // The worker, not the connector client, waits out a 429: the call returns it at once.
        host.Connector.RespondNext(FakeResponse.Throttled(TimeSpan.FromSeconds(30)));
        await app.EnqueueAsync(OutboxTests.Text("reminder", "a:anna"));

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(1));

        Assert.Equal(2, host.Connector.Requests.Count);
        var sends = app.Connector.Calls.Where(c => c.Operation == "send").ToList();
        Assert.Equal(2, sends.Count);
        Assert.True(sends[1].At - sends[0].At >= TimeSpan.FromSeconds(30), $"Retried after {sends[1].At - sends[0].At}");
        Assert.Equal(["reminder"], host.Connector.Activities.Select(a => a.Text));
        Assert.Equal(2, (await app.MessageAsync("reminder")).Attempts);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_storm_of_503s_is_ridden_out_and_the_message_arrives_once(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync(QuickRetries);
        await app.SaveConversationAsync("a:anna");
        host.Connector.RespondNext(FakeResponse.Status(503), times: 5);
        await app.EnqueueAsync(OutboxTests.Text("invitation", "a:anna"));

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(1));

        // Two requests per attempt (the connector client's own retry): 503 503 | 503 503 | 503 201.
        Assert.Equal(6, host.Connector.Requests.Count);
        Assert.Equal(["invitation"], host.Connector.Activities.Select(a => a.Text));
        var message = await app.MessageAsync("invitation");
        Assert.Equal((3, "activity-1", null), (message.Attempts, message.SentActivityId, message.LastError));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_connector_that_does_not_answer_is_tried_again(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var settings = new Dictionary<string, string?>(QuickRetries) { ["Bot:Connector:TotalTimeout"] = "00:00:02" };
        var app = await host.StartInstanceAsync(settings);
        await app.SaveConversationAsync("a:anna");
        host.Connector.RespondNext(FakeResponse.Delayed(TimeSpan.FromMinutes(5)));
        await app.EnqueueAsync(OutboxTests.Text("slow", "a:anna"));

        app.StartWorker();
        await host.RunUntilAsync(() => app.AllSentAsync(1));

        Assert.Equal(2, host.Connector.Requests.Count);
        Assert.Equal(["slow"], host.Connector.Activities.Select(a => a.Text));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_user_who_blocked_the_bot_is_marked_and_coordinators_are_told(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.SaveConversationAsync("a:anna", aadObjectId: "aad-anna");
        host.Connector.RespondNext(FakeResponse.Status(403, "MessageWritesBlocked"));
        await app.EnqueueAsync(OutboxTests.Text("reminder-1", "a:anna"));

        app.StartWorker();
        await app.WaitForDeadLettersAsync(host, 1);

        Assert.False((await app.References.FindByConversationAsync("msteams", "a:anna", CancellationToken.None))?.Installed);
        var dead = Assert.Single(await app.DeadLetters.ListAsync(CancellationToken.None));
        Assert.Equal(("reminder-1", DeadLetterReason.RecipientGone, "a:anna", 1), (dead.IdempotencyKey, dead.Reason, dead.ConversationId, dead.Attempts));
        Assert.Contains("403 MessageWritesBlocked", dead.Error);
        Assert.Equal(dead, Assert.Single(app.Notifier.Notified));

        // Later messages to the marked conversation are not sent at all.
        await app.EnqueueAsync(OutboxTests.Text("reminder-2", "a:anna"));
        await app.WaitForDeadLettersAsync(host, 2);
        Assert.Single(host.Connector.Requests);
        Assert.Empty(host.Connector.Activities);
        Assert.Equal(["reminder-1", "reminder-2"], app.Notifier.Notified.Select(d => d.IdempotencyKey));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_message_that_keeps_failing_becomes_a_dead_letter_after_max_attempts(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync(new Dictionary<string, string?>(QuickRetries) { ["Delivery:MaxAttempts"] = "3" });
        await app.SaveConversationAsync("a:anna");
        host.Connector.RespondNext(FakeResponse.Status(500), times: 10);
        await app.EnqueueAsync(OutboxTests.Text("doomed", "a:anna"));

        app.StartWorker();
        await app.WaitForDeadLettersAsync(host, 1);

        Assert.Equal(3, host.Connector.Requests.Count);
        var dead = Assert.Single(await app.DeadLetters.ListAsync(CancellationToken.None));
        Assert.Equal(("doomed", DeadLetterReason.AttemptsExhausted, 3), (dead.IdempotencyKey, dead.Reason, dead.Attempts));
        Assert.Contains("500", dead.Error);
        Assert.Equal("doomed", Assert.Single(app.Notifier.Notified).IdempotencyKey);
        Assert.True((await app.References.FindByConversationAsync("msteams", "a:anna", CancellationToken.None))?.Installed);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_message_over_the_size_limit_is_a_dead_letter_at_once(DatabaseProvider provider)
    {
        await using var host = await DeliveryTestHost.StartAsync(provider);
        var app = await host.StartInstanceAsync();
        await app.SaveConversationAsync("a:anna");
        host.Connector.RespondNext(FakeResponse.Status(413, "MessageSizeTooBig"));
        await app.EnqueueAsync(OutboxTests.Text("huge", "a:anna"));

        app.StartWorker();
        await app.WaitForDeadLettersAsync(host, 1);

        Assert.Single(host.Connector.Requests);
        Assert.Equal(DeadLetterReason.TooLarge, Assert.Single(await app.DeadLetters.ListAsync(CancellationToken.None)).Reason);
    }
}

using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals;

public sealed class SignalDeliveryTests
{
    private static readonly Dictionary<string, string?> QuickRetries = new()
    {
        ["Bot:Connector:MaxRetries"] = "1",
        ["Bot:Connector:RetryBaseDelay"] = "00:00:00.050",
        ["Bot:Connector:AttemptTimeout"] = "00:00:01",
        ["Bot:Connector:TotalTimeout"] = "00:00:05",
        ["Delivery:RetryBaseDelay"] = "00:00:00.100",
        ["Delivery:MaxRetryDelay"] = "00:00:00.500",
        ["Delivery:MaxAttempts"] = "10",
    };

    [Fact]
    public async Task An_owner_card_gets_through_throttling_outages_and_timeouts_once()
    {
        await using var app = await SignalKit.StartAsync(extra: QuickRetries);
        app.Connector.RespondNext(FakeResponse.Throttled(TimeSpan.FromSeconds(1)), times: 2);
        app.Connector.RespondNext(FakeResponse.Status(503), times: 2);
        app.Connector.RespondNext(FakeResponse.Delayed(TimeSpan.FromSeconds(3)));

        var signal = await SignalKit.RegisterAsync(app);

        await app.Connector.WaitForActivitiesAsync(app.Connector.Activities.Count + 1, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));   // time for a duplicate to show, if the worker were to send one
        Assert.Single(app.Connector.Activities, a => TriageKit.CardJson(a).Contains(signal.Reference));
        Assert.True(app.Connector.Requests.Count(r => r.ConversationId == SignalKit.ChatOf(SignalKit.Owner) && r.Activity is { } a && TriageKit.CardJson(a).Contains(signal.Reference)) >= 5);
        await using var db = await IntakeTranscriptTests.Db(app);
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.IdempotencyKey.StartsWith($"signal:{signal.Id:N}:card:"));
        Assert.Equal(OutboxStatus.Sent, message.Status);
    }

    [Fact]
    public async Task An_owner_who_blocked_the_bot_is_marked_and_the_coordinators_are_told_which_signal_does_not_arrive()
    {
        await using var app = await SignalKit.StartAsync();
        app.Connector.RespondNext(FakeResponse.Status(403, "ConversationBlockedByUser"));

        var signal = await SignalKit.RegisterAsync(app);

        var notice = await SignalKit.WaitForAsync(app, TriageKit.Channel, a => a.Text?.Contains("geblokkeerd") == true);
        Assert.Contains(signal.Reference, notice.Text);
        Assert.Contains("Marieke Visser", notice.Text);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False((await db.ConversationReferences.SingleAsync(r => r.ConversationId == SignalKit.ChatOf(SignalKit.Owner))).Installed);
        Assert.Equal(DeadLetterReason.RecipientGone, (await db.Set<OutboxMessage>().SingleAsync(m => m.IdempotencyKey.StartsWith($"signal:{signal.Id:N}:card:"))).DeadReason);
    }
}

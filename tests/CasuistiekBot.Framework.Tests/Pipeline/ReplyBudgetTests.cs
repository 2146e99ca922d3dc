using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Pipeline;

public sealed class ReplyBudgetTests
{
    [Fact]
    public async Task Replies_a_hanging_connector_has_not_taken_when_the_budget_is_spent_are_queued_in_order_and_the_turn_ends()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        var connector = new HangingConnector();
        var queue = new RecordingReplyQueue();
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IConnectorClient>(connector);
            s.AddSingleton<IReplyQueue>(queue);
            s.AddSingleton<ICommandHandler>(new TwoReplies());
        }, new() { ["Bot:Endpoint:InlineReplyBudget"] = "00:00:05" });

        var turn = host.SendAsync(TestActivities.Message("twee"));
        await UntilAsync(() => connector.Attempts.Any(a => a.Type == ActivityTypes.Message));
        clock.Advance(TimeSpan.FromSeconds(5));
        await turn.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["eerste", "tweede"], queue.Replies.Select(r => r.Text));
        // Once the budget is spent the turn stops waiting on the connector: the second reply went straight to the queue.
        Assert.Equal(["eerste"], connector.Attempts.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
    }

    [Fact]
    public async Task Within_the_budget_replies_go_to_the_connector_and_nothing_is_queued()
    {
        var queue = new RecordingReplyQueue();
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<IReplyQueue>(queue);
            s.AddSingleton<ICommandHandler>(new TwoReplies());
        });

        await host.SendAsync(TestActivities.Message("twee"));

        Assert.Equal(["eerste", "tweede"], host.Connector.SentTexts);
        Assert.Empty(queue.Replies);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The turn never tried to send.");
            await Task.Delay(10);
        }
    }

    private sealed class TwoReplies : ICommandHandler
    {
        public IReadOnlyCollection<string> Commands { get; } = ["twee"];

        public CommandScope Scope => CommandScope.Anywhere;

        public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            await turn.SendAsync(MessageFactory.Text("eerste"), cancellationToken);
            await turn.SendAsync(MessageFactory.Text("tweede"), cancellationToken);
        }
    }

    private sealed class RecordingReplyQueue : IReplyQueue
    {
        private readonly Lock _gate = new();
        private readonly List<Activity> _replies = [];

        public IReadOnlyList<Activity> Replies { get { lock (_gate) return _replies.ToList(); } }

        public Task EnqueueAsync(ITurnContext turn, Activity reply, CancellationToken cancellationToken)
        {
            lock (_gate) _replies.Add(reply);
            return Task.CompletedTask;
        }
    }
}

using System.Collections.Concurrent;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;

namespace CasuistiekBot.Tests.Delivery;

public sealed class ConversationLanesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentQueue<(string Key, int DoneBefore)> _started = new();
    private int _done;

    [Fact]
    public async Task Messages_of_one_conversation_go_one_after_another_also_when_added_while_it_is_served()
    {
        var lanes = new ConversationLanes(4, DeliverAsync, CancellationToken.None);
        lanes.Add(Message("anna-1", "a:anna"));
        lanes.Add(Message("bram-1", "a:bram"));
        await StartedAsync("anna-1", "bram-1");

        lanes.Add(Message("anna-2", "a:anna"));
        Release("bram-1");
        await lanes.WaitUntilAtMostAsync(2, CancellationToken.None).WaitAsync(Patience);
        Release("anna-1");
        await StartedAsync("anna-2");
        Release("anna-2");
        await lanes.WaitUntilAtMostAsync(0, CancellationToken.None).WaitAsync(Patience);

        var anna = _started.Where(s => s.Key.StartsWith("anna", StringComparison.Ordinal)).ToList();
        Assert.Equal(["anna-1", "anna-2"], anna.Select(s => s.Key));
        Assert.Equal(2, anna[1].DoneBefore);
    }

    [Fact]
    public async Task No_more_conversations_are_served_at_once_than_there_are_lanes()
    {
        var lanes = new ConversationLanes(2, DeliverAsync, CancellationToken.None);
        var keys = Enumerable.Range(1, 5).Select(i => $"owner-{i}").ToList();
        foreach (var key in keys) lanes.Add(Message(key, "a:" + key));

        foreach (var key in keys)
        {
            await StartedAsync(key);
            Release(key);
        }
        await lanes.WaitUntilAtMostAsync(0, CancellationToken.None).WaitAsync(Patience);

        // The k-th start (from 0) had to wait until k - 1 of the earlier ones were done.
        var started = _started.ToList();
        Assert.Equal(keys, started.Select(s => s.Key).Order());
        Assert.All(started.Select((s, k) => (s.DoneBefore, k)), x => Assert.True(x.DoneBefore >= x.k - 1, $"start {x.k} after {x.DoneBefore} done"));
    }

    [Fact]
    public async Task Stopping_waits_for_the_lanes_that_were_cut_off()
    {
        using var stopping = new CancellationTokenSource();
        var lanes = new ConversationLanes(2, DeliverAsync, stopping.Token);
        lanes.Add(Message("anna-1", "a:anna"));
        await StartedAsync("anna-1");

        var waiting = lanes.WaitUntilAtMostAsync(0, stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await lanes.StopAsync().WaitAsync(Patience);
        Assert.Equal((0, 0), (lanes.InHand, _done));
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        _started.Enqueue((message.IdempotencyKey, Volatile.Read(ref _done)));
        Gate(message.IdempotencyKey + ":started").TrySetResult();
        await Gate(message.IdempotencyKey).Task.WaitAsync(cancellationToken);
        Interlocked.Increment(ref _done);
    }

    private async Task StartedAsync(params string[] keys)
    {
        foreach (var key in keys) await Gate(key + ":started").Task.WaitAsync(Patience);
    }

    private void Release(string key) => Gate(key).TrySetResult();

    private TaskCompletionSource Gate(string key) => _gates.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private static OutboxMessage Message(string key, string conversationId) =>
        OutboxMessage.ToConversation(key, "msteams", conversationId, MessageFactory.Text(key));
}

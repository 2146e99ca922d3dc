namespace CasuistiekBot.Delivery;

/// <summary>
/// The claimed messages a worker holds: conversations are served in parallel, up to <paramref name="maxParallel"/> at
/// a time, and the messages of one conversation one after another in the order they were added, also when more are
/// added while that conversation is being served. Lets the worker add the next batch before the current one is done.
/// </summary>
internal sealed class ConversationLanes(
    int maxParallel, Func<OutboxMessage, CancellationToken, Task> deliver, CancellationToken cancellationToken)
{
    private readonly Lock _gate = new();
    // A conversation is in here from its first message until its lane finds nothing left to send.
    private readonly Dictionary<string, Queue<OutboxMessage>> _conversations = new(StringComparer.Ordinal);
    private readonly Queue<string> _withoutLane = new();
    private readonly List<Task> _lanes = [];
    private int _serving;
    private int _inHand;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Messages added and not yet done with (waiting or being sent).</summary>
    public int InHand
    {
        get { lock (_gate) return _inHand; }
    }

    public void Add(OutboxMessage message)
    {
        lock (_gate)
        {
            _inHand++;
            var key = MessageDispatcher.RateKey(message);
            if (_conversations.TryGetValue(key, out var queue))
            {
                queue.Enqueue(message);
                return;
            }
            _conversations[key] = new Queue<OutboxMessage>([message]);
            _withoutLane.Enqueue(key);
            OpenLanes();
        }
    }

    /// <summary>Returns once no more than <paramref name="count"/> messages are in hand.</summary>
    public async Task WaitUntilAtMostAsync(int count, CancellationToken token)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_inHand <= count) return;
                changed = _changed.Task;
            }
            await changed.WaitAsync(token);
        }
    }

    /// <summary>
    /// Waits until no lane runs: on cancellation each ends with its current message; otherwise (the worker stopped
    /// claiming after an error) they finish what is in hand, lanes opened meanwhile included.
    /// </summary>
    public async Task StopAsync()
    {
        while (true)
        {
            Task[] running;
            lock (_gate) running = [.. _lanes.Where(lane => !lane.IsCompleted)];
            if (running.Length == 0) return;
            try
            {
                await Task.WhenAll(running);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private void OpenLanes()
    {
        _lanes.RemoveAll(lane => lane.IsCompleted);
        while (_serving < maxParallel && _withoutLane.TryDequeue(out var key))
        {
            _serving++;
            _lanes.Add(Task.Run(() => ServeAsync(key)));
        }
    }

    private async Task ServeAsync(string key)
    {
        while (true)
        {
            OutboxMessage? message;
            lock (_gate)
            {
                if (!_conversations[key].TryDequeue(out message))
                {
                    _conversations.Remove(key);
                    _serving--;
                    OpenLanes();
                    return;
                }
            }
            try
            {
                await deliver(message, cancellationToken);
            }
            finally
            {
                lock (_gate)
                {
                    _inHand--;
                    _changed.TrySetResult();
                    _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }
    }
}

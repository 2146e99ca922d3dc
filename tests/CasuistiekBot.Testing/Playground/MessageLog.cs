namespace CasuistiekBot.Testing.Playground;

/// <summary>Bot messages in arrival order, and a wait for the first that matches.</summary>
internal sealed class MessageLog
{
    private readonly List<PlaygroundMessage> _messages = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = NewSignal();

    public IReadOnlyList<PlaygroundMessage> Messages
    {
        get { lock (_gate) return [.. _messages]; }
    }

    public void Add(PlaygroundMessage message)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _messages.Add(message);
            changed = _changed;
            _changed = NewSignal();
        }
        changed.TrySetResult();
    }

    /// <summary>The first message that matches, waiting for one until the timeout; null if none came.</summary>
    public async Task<PlaygroundMessage?> WaitForAsync(Func<PlaygroundMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_messages.FirstOrDefault(predicate) is { } match) return match;
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

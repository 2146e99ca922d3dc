namespace CasuistiekBot.Tests.Support;

/// <summary>
/// Held while a delivery round runs in the test host, by its background loop or by
/// <see cref="BackgroundWork.DeliverAllAsync"/>: a drain that holds it knows no round is half done (a message marked
/// dead whose listeners have not run yet) and that no two rounds send into one conversation out of order.
/// </summary>
internal sealed class DeliveryGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Exit(_gate);
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release();
        }
    }
}

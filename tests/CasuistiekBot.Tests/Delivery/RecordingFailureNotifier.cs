using System.Collections.Concurrent;
using CasuistiekBot.Delivery;

namespace CasuistiekBot.Tests.Delivery;

internal sealed class RecordingFailureNotifier : IDeliveryFailureNotifier
{
    public ConcurrentQueue<DeadLetter> Notified { get; } = new();

    public Task NotifyAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        Notified.Enqueue(deadLetter);
        return Task.CompletedTask;
    }
}

using CasuistiekBot.Telemetry;

namespace CasuistiekBot.Delivery;

/// <summary>Turns a message into a dead letter and tells coordinators, once: only the worker that holds the claim succeeds.</summary>
internal sealed class DeadLetterReporter(
    OutboxStore store, IEnumerable<IDeadLetterListener> listeners, IDeliveryFailureNotifier notifier, ProductMetrics metrics, ILogger<DeadLetterReporter> logger)
{
    public async Task BuryAsync(OutboxMessage message, DeadLetterReason reason, string error, CancellationToken cancellationToken)
    {
        if (!await store.MarkDeadAsync(message, reason, error, cancellationToken)) return;
        metrics.DeadLetter(reason.ToString());
        var dead = await store.FindAsync(message.Id, cancellationToken);
        if (dead is null) return;
        var deadLetter = DeadLetter.From(dead);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnDeadAsync(deadLetter, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A listener failed on dead outbox message {MessageId}", message.Id);
            }
        }
        try
        {
            await notifier.NotifyAsync(deadLetter, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The dead letter is stored and listed either way; a failing notification must not bring the message back.
            logger.LogError(e, "Coordinators could not be told about dead outbox message {MessageId}", message.Id);
        }
    }
}

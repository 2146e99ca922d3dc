using System.Globalization;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Sends what the outbox holds: claims due messages in small batches under a lease, serves conversations in
/// parallel and the messages of one conversation in order, then sleeps until the poll interval passes or an
/// enqueue wakes it.
/// </summary>
/// <remarks>
/// The guarantee: a committed message reaches the connector at least once (or becomes a dead letter that coordinators
/// are told about), and no two live workers send it at the same time, because every step is fenced by the claim. A
/// message is posted twice only when a worker dies (or its connector call times out) after Teams accepted the post and
/// before the outcome was stored; its successor then sends again. Where the message updates a card (a replaces key
/// whose earlier card was delivered), the successor updates that card again, so the user still sees one card.
/// </remarks>
internal sealed class DeliveryWorker(
    OutboxStore store,
    MessageDispatcher dispatcher,
    DeliverySignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private long _round;

    /// <summary>Unique per worker, so a claim names who holds it.</summary>
    public string WorkerId { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            logger.LogInformation("Delivery worker is switched off on this instance");
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database outage: the claims lapse and this or another instance picks the messages up later.
                logger.LogError(e, "Delivery round failed; trying again after {PollInterval}", options.Value.PollInterval);
            }
            await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    /// <summary>Delivers batches until nothing is due; returns how many messages were claimed.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var total = 0;
        while (true)
        {
            var claimToken = string.Create(CultureInfo.InvariantCulture, $"{WorkerId}#{Interlocked.Increment(ref _round)}");
            var batch = await store.ClaimAsync(claimToken, settings.BatchSize, cancellationToken);
            if (batch.Count == 0) return total;
            total += batch.Count;
            await Parallel.ForEachAsync(
                batch.GroupBy(MessageDispatcher.RateKey),
                new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelConversations, CancellationToken = cancellationToken },
                async (conversation, token) =>
                {
                    foreach (var message in conversation) await DeliverOneAsync(message, token);
                });
        }
    }

    private async Task DeliverOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.DeliverAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The claim lapses and the message is tried again; the attempt it used counts toward MaxAttempts.
            logger.LogError(e, "Delivering outbox message {MessageId} failed", message.Id);
        }
    }
}

using System.Globalization;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Sends what the outbox holds: claims due messages in small batches under a lease, serves conversations in
/// parallel and the messages of one conversation in order, then sleeps until the next message falls due, the poll
/// interval passes or an enqueue wakes it.
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
    // Not zero: another instance may be claiming a message that is due, and this one should not spin meanwhile.
    private static readonly TimeSpan MinimumIdle = TimeSpan.FromMilliseconds(20);

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
            var idle = options.Value.PollInterval;
            try
            {
                await DeliverDueAsync(stoppingToken);
                idle = await IdleAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database outage: the claims lapse and this or another instance picks the messages up later.
                logger.LogError(e, "Delivery round failed; trying again after {PollInterval}", idle);
            }
            await signal.WaitAsync(idle, clock, stoppingToken);
        }
    }

    /// <summary>
    /// Delivers until nothing is due; returns how many messages were claimed. The next batch is claimed while the
    /// current one is still being sent, as soon as no more messages are in hand than there are lanes, so the lanes
    /// do not stand still while the database is asked.
    /// </summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lanes = new ConversationLanes(settings.MaxParallelConversations, DeliverOneAsync, cancellationToken);
        var total = 0;
        try
        {
            while (true)
            {
                await lanes.WaitUntilAtMostAsync(settings.MaxParallelConversations, cancellationToken);
                var claimToken = string.Create(CultureInfo.InvariantCulture, $"{WorkerId}#{Interlocked.Increment(ref _round)}");
                var batch = await store.ClaimAsync(claimToken, settings.BatchSize, cancellationToken);
                if (batch.Count == 0)
                {
                    if (lanes.InHand == 0) return total;
                    // Look once more when the last messages are done: nothing else may be due before then.
                    await lanes.WaitUntilAtMostAsync(0, cancellationToken);
                    continue;
                }
                total += batch.Count;
                foreach (var message in batch) lanes.Add(message);
            }
        }
        finally
        {
            await lanes.StopAsync();
        }
    }

    // Until the next put-off or retried message falls due, when that is sooner than the next poll: a message put off
    // for a second by a 429 goes out after that second, not after the poll interval.
    private async Task<TimeSpan> IdleAsync(CancellationToken cancellationToken)
    {
        var poll = options.Value.PollInterval;
        if (await store.NextDueAtAsync(cancellationToken) is not { } due) return poll;
        var untilDue = due - clock.GetUtcNow();
        return untilDue < MinimumIdle ? MinimumIdle : untilDue < poll ? untilDue : poll;
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

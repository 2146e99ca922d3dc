using CasuistiekBot.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Support;

/// <summary>
/// The test host's background delivery: the app's own <see cref="DeliveryWorker"/> rounds, woken as the app wakes them
/// and on its poll interval, each under the <see cref="DeliveryGate"/> so a test can run the outbox to completion
/// without a round in flight beside it. Off when the test switches the worker off (<c>Delivery:WorkerEnabled</c>).
/// </summary>
internal sealed class GatedDeliveryLoop(
    DeliveryWorker worker, DeliveryGate gate, DeliverySignal signal, IOptions<DeliveryOptions> options, IConfiguration configuration,
    TimeProvider clock, ILogger<GatedDeliveryLoop> logger) : BackgroundService
{
    public const string EnabledKey = "Delivery:WorkerEnabled";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledKey, true)) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using (await gate.EnterAsync(stoppingToken)) await worker.DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // As in the worker: the claims lapse and the next round picks the messages up.
                logger.LogError(e, "Delivery round failed");
            }
            await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
        }
    }
}

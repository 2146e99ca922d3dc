using CasuistiekBot.Telemetry;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

/// <summary>
/// Measures the outbox's backlog (messages waiting, age of the oldest) every <see cref="DeliveryOptions.BacklogSampleInterval"/>
/// for the metrics: a gauge read by an exporter must not query the database itself.
/// </summary>
internal sealed class OutboxBacklogSampler(OutboxStore store, ProductMetrics metrics, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<OutboxBacklogSampler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (depth, oldest) = await store.BacklogAsync(stoppingToken);
                metrics.OutboxBacklog(depth, oldest is { } at ? clock.GetUtcNow() - at : TimeSpan.Zero);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database that is away now is measured again at the next tick; the delivery worker reports it too.
                logger.LogDebug(e, "The outbox backlog could not be measured");
            }
            // One delay at a time, not a periodic timer: a clock that jumps ahead (a test's, a resumed machine's) gets one
            // sample, not one for every interval it skipped.
            await Task.Delay(options.Value.BacklogSampleInterval, clock, stoppingToken);
        }
    }
}

using Microsoft.Extensions.Options;

namespace CasuistiekBot.Retention;

/// <summary>
/// Runs the retention sweep at start and then every <see cref="RetentionOptions.CheckInterval"/> on the app's
/// <see cref="TimeProvider"/>. What goes is decided from the database and an erased casus is never erased again, so every
/// instance may run it.
/// </summary>
internal sealed class RetentionWorker(RetentionSweep sweep, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.JobEnabled) return;
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        do
        {
            try
            {
                await sweep.RunAsync(dryRun: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The retention sweep failed; the next tick tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

using CasuistiekBot.Signals;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Reminders;

/// <summary>
/// Runs the signal reminder sweep, the action-point follow-up, the MT digest and the owners' weekly view of signals with a behandelaar at every tick of a timer on the app's <see cref="TimeProvider"/>, so tests
/// drive it with a fake clock. What each pass sends is decided from the database and made unique by outbox keys, so
/// every instance may run it.
/// </summary>
internal sealed class ReminderWorker(ReminderSweep sweep, ActionPointReminderSweep actionPoints, MtDigest digest, HandlerDigest handlerDigest, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled) return;
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        // Each pass on its own: one that fails does not keep the others from running this tick.
        await RunPassAsync(sweep.RunAsync, "signal reminder", cancellationToken);
        await RunPassAsync(actionPoints.RunAsync, "action point reminder", cancellationToken);
        await RunPassAsync(digest.RunAsync, "digest", cancellationToken);
        await RunPassAsync(handlerDigest.RunAsync, "behandelaar digest", cancellationToken);
    }

    private async Task RunPassAsync(Func<CancellationToken, Task> pass, string name, CancellationToken cancellationToken)
    {
        try
        {
            await pass(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The {Pass} pass failed; the next tick tries again", name);
        }
    }
}

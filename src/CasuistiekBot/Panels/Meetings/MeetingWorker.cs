using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// The Teams meeting job, outside any turn: it creates the meeting for every panel whose invitations are out
/// (<see cref="MeetingCreation"/>), follows moves and new members (<see cref="MeetingSync"/>), deletes the meeting of a
/// session called off (<see cref="MeetingRemoval"/>), and puts the join URL onto the panel and the invitation cards
/// (<see cref="MeetingPublisher"/>). Each step claims the panel first (<see cref="MeetingClaims"/>), so however many
/// instances run this, one asks Graph; throttling and server errors are tried again after Graph's Retry-After or an
/// exponential backoff (<see cref="MeetingBackoff"/>); when a step gives up the coordinators are told.
/// </summary>
internal sealed class MeetingWorker(
    MeetingCreation creation,
    MeetingSync sync,
    MeetingRemoval removal,
    MeetingPublisher publisher,
    IOptions<GraphOptions> graphOptions,
    IOptions<LogisticsOptions> options,
    TimeProvider clock,
    ILogger<MeetingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!graphOptions.Value.IsConfigured) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The Teams meeting job failed; it tries again at the next check");
            }
            await Task.Delay(options.Value.CheckInterval, clock, stoppingToken);
        }
    }

    /// <returns>The number of meetings this run created.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!graphOptions.Value.IsConfigured) return 0;
        var created = await creation.RunAsync(cancellationToken);
        await sync.RunAsync(cancellationToken);
        await removal.RunAsync(cancellationToken);
        await publisher.PublishPendingAsync(cancellationToken);
        return created;
    }
}

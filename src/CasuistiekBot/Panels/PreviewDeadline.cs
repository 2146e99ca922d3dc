using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels;

/// <summary>
/// When an inbrenger's preview reaches its deadline (<see cref="PanelsOptions.AuthorPreviewWait"/>), the panel goes ahead
/// or stops on the objection (<see cref="PanelPreviews.ExpireAsync"/>). The panel's version guards the change, so however
/// many instances run this, each preview ends once.
/// </summary>
internal sealed class PreviewDeadline(
    IDbContextFactory<CasuistiekDbContext> databases,
    PanelPreviews previews,
    IOptions<PanelsOptions> options,
    TimeProvider clock,
    ILogger<PreviewDeadline> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Ending the inbrengers' panel previews failed; it tries again at the next check");
            }
            await Task.Delay(options.Value.CheckInterval, clock, stoppingToken);
        }
    }

    /// <returns>The number of previews this run ended.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Panel> pending;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            // Filtered here rather than in SQL: SQLite cannot compare DateTimeOffset values.
            pending = await db.Set<Panel>().AsNoTracking()
                .Where(p => p.PreviewStatus == AuthorPreview.Waiting || p.PreviewStatus == AuthorPreview.ObjectionHeld).ToListAsync(cancellationToken);
        }
        var ended = 0;
        foreach (var panel in pending.Where(p => p.PreviewUntil <= now))
        {
            if (await EndAsync(panel.Id, now, cancellationToken)) ended++;
        }
        return ended;
    }

    private async Task<bool> EndAsync(Guid panelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var panel = await db.Set<Panel>().FirstAsync(p => p.Id == panelId, cancellationToken);
        if (!AuthorPreview.IsPending(panel.PreviewStatus) || panel.PreviewUntil > now) return false;
        var casus = await CasusLookup.FindForChangeAsync(db, panel.CasusId, cancellationToken);
        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        panel.Version++;
        panel.UpdatedAt = now;
        if (casus is null || casus.Status is not (CasusStatus.InTriage or CasusStatus.Scheduled))
        {
            PanelPreviews.Lapse(panel);
        }
        else if (await previews.ExpireAsync(db, casus, panel, members, now, cancellationToken) is not null)
        {
            return false;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false;   // another instance, a coordinator or the inbrenger changed the panel first
        }
        logger.LogInformation("The inbrenger's preview of panel {PanelId} ended", panel.Id);
        return true;
    }
}

using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Creates the Teams meeting for every panel whose invitations are out, outside any turn. Each panel is claimed first
/// (a row per panel with a concurrency version), so however many instances run this, one asks Graph; creation is
/// create-or-get by the panel's id, so an answer lost to a crash or a timeout yields the same meeting when tried again.
/// Throttling and server errors are tried again after Graph's Retry-After, or an exponential backoff; when the job gives
/// up the coordinators are told. Then <see cref="MeetingSync"/> follows moves and new members, and the join URL goes
/// onto the panel and the invitation cards.
/// </summary>
internal sealed class MeetingWorker(
    IDbContextFactory<CasuistiekDbContext> databases,
    GraphMeetings graph,
    MeetingPlans plans,
    MeetingSync sync,
    MeetingPublisher publisher,
    MeetingNotices notices,
    MeetingBackoff backoff,
    WorkingDayCalendar calendar,
    IOptions<GraphOptions> graphOptions,
    IOptions<LogisticsOptions> options,
    TimeProvider clock,
    ILogger<MeetingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

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
                logger.LogWarning(exception, "Creating Teams meetings failed; the job tries again at the next check");
            }
            await Task.Delay(options.Value.CheckInterval, clock, stoppingToken);
        }
    }

    /// <returns>The number of meetings this run created.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!graphOptions.Value.IsConfigured) return 0;
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        List<Guid> candidates;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var done = db.Set<SessionMeeting>().AsNoTracking().Where(m => m.GraphMeetingId != null || m.GaveUpAt != null).Select(m => m.PanelId);
            candidates = await db.Set<Panel>().AsNoTracking()
                .Where(p => p.Status == PanelStatus.Invited && p.SessionDate != null && p.SessionDate >= today && p.SessionTime != null && !done.Contains(p.Id))
                .Select(p => p.Id).ToListAsync(cancellationToken);
        }
        var created = 0;
        foreach (var panelId in candidates)
        {
            if (await CreateAsync(panelId, now, cancellationToken)) created++;
        }
        await sync.RunAsync(cancellationToken);
        await publisher.PublishPendingAsync(cancellationToken);
        return created;
    }

    private async Task<bool> CreateAsync(Guid panelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await ClaimAsync(panelId, now, cancellationToken) is not { } plan) return false;
        var attempt = await graph.CreateOrGetAsync(panelId, plan, cancellationToken);
        return await RecordAsync(panelId, plan, attempt, cancellationToken);
    }

    /// <summary>Takes the panel for this run, or null when it is not due, another instance has it, or the casus moved on.</summary>
    private async Task<MeetingPlan?> ClaimAsync(Guid panelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var panel = await db.Set<Panel>().AsNoTracking().FirstAsync(p => p.Id == panelId, cancellationToken);
        var casus = await CasusLookup.GetAsync(db, panel.CasusId, cancellationToken);
        if (casus.Status != CasusStatus.Scheduled) return null;
        var meeting = await db.Set<SessionMeeting>().FirstOrDefaultAsync(m => m.PanelId == panelId, cancellationToken);
        if (meeting is null) db.Add(meeting = new SessionMeeting { PanelId = panelId });
        else if (meeting.GraphMeetingId is not null || meeting.GaveUpAt is not null || meeting.NextAttemptAt > now || meeting.LeasedUntil > now) return null;
        meeting.LeasedUntil = now + Lease;
        meeting.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return null;   // another instance claimed it first
        }
        return await plans.ForAsync(db, panel, casus, cancellationToken);
    }

    private async Task<bool> RecordAsync(Guid panelId, MeetingPlan plan, MeetingAttempt attempt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Set<SessionMeeting>().FirstAsync(m => m.PanelId == panelId, cancellationToken);
        meeting.LeasedUntil = null;
        meeting.Version++;
        meeting.Attempts++;
        if (attempt.Created)
        {
            // Kept first, on its own: whatever happens to the cards next, this meeting is never asked for again.
            meeting.GraphMeetingId = attempt.MeetingId;
            meeting.JoinUrl = attempt.JoinUrl;
            meeting.CreatedAt = now;
            meeting.NextAttemptAt = null;
            meeting.SyncedFingerprint = plan.Fingerprint;
            logger.LogInformation("Created the Teams meeting of panel {PanelId} after {Attempts} attempt(s)", panelId, meeting.Attempts);
        }
        else
        {
            meeting.LastStatus = attempt.Status;
            if (!attempt.Transient || meeting.Attempts >= backoff.MaxAttempts)
            {
                meeting.GaveUpAt = now;
                var panel = await db.Set<Panel>().AsNoTracking().FirstAsync(p => p.Id == panelId, cancellationToken);
                var reference = (await CasusLookup.GetAsync(db, panel.CasusId, cancellationToken)).Reference;
                await notices.GaveUpAsync(db, panel, reference, creating: true, attempt.Status, "create", cancellationToken);
                logger.LogWarning("Gave up creating the Teams meeting of panel {PanelId}: HTTP {Status} after {Attempts} attempt(s)", panelId, attempt.Status, meeting.Attempts);
            }
            else
            {
                meeting.NextAttemptAt = now + backoff.Delay(attempt, meeting.Attempts);
                logger.LogInformation("Graph answered {Status} for the meeting of panel {PanelId}; trying again at {Next}", attempt.Status, panelId, meeting.NextAttemptAt);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return attempt.Created;
    }
}

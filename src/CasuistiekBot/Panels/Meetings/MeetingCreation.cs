using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Creates the Teams meeting for every panel whose invitations are out and whose casus is still planned. Creation is
/// create-or-get by the panel's id, so an answer lost to a crash or a timeout yields the same meeting when tried again.
/// A session called off before its meeting exists never gets one.
/// </summary>
internal sealed class MeetingCreation(
    IDbContextFactory<CasuistiekDbContext> databases,
    GraphMeetings graph,
    MeetingPlans plans,
    MeetingClaims claims,
    MeetingBackoff backoff,
    MeetingNotices notices,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    ILogger<MeetingCreation> logger)
{
    /// <returns>The number of meetings this run created.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = calendar.LocalDate(clock.GetUtcNow());
        List<Guid> candidates;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var scheduled = CasusQueries.InStatus(db, CasusStatus.Scheduled).Select(c => c.Id);
            var done = db.Set<SessionMeeting>().Where(m => m.GraphMeetingId != null || m.GaveUpAt != null).Select(m => m.PanelId);
            candidates = await db.Set<Panel>().AsNoTracking()
                .Where(p => p.Status == PanelStatus.Invited && p.SessionDate != null && p.SessionDate >= today && p.SessionTime != null
                    && scheduled.Contains(p.CasusId) && !done.Contains(p.Id))
                .Select(p => p.Id).ToListAsync(cancellationToken);
        }
        var created = 0;
        foreach (var panelId in candidates)
        {
            if (await claims.ClaimAsync(panelId, c => PlanAsync(c, cancellationToken), cancellationToken) is not { } plan) continue;
            var attempt = await graph.CreateOrGetAsync(panelId, plan, cancellationToken);
            if (await claims.RecordAsync(panelId, (db, meeting, now) => RecordAsync(db, meeting, plan, attempt, now, cancellationToken), cancellationToken)) created++;
        }
        return created;
    }

    /// <summary>The meeting to ask for, while the casus is planned and the panel has neither a meeting nor a creation given up.</summary>
    private Task<MeetingPlan?> PlanAsync(MeetingClaims.Candidate c, CancellationToken cancellationToken) =>
        c.Casus.Status == CasusStatus.Scheduled && c.Meeting is not ({ GraphMeetingId: not null } or { GaveUpAt: not null })
            ? plans.ForAsync(c.Db, c.Panel, c.Casus, cancellationToken)
            : Task.FromResult<MeetingPlan?>(null);

    private async Task<bool> RecordAsync(CasuistiekDbContext db, SessionMeeting meeting, MeetingPlan plan, MeetingAttempt attempt, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        meeting.Attempts++;
        if (attempt.Created)
        {
            // Kept first, on its own: whatever happens to the cards next, this meeting is never asked for again.
            meeting.GraphMeetingId = attempt.MeetingId;
            meeting.JoinUrl = attempt.JoinUrl;
            meeting.CreatedAt = now;
            meeting.NextAttemptAt = null;
            meeting.SyncedFingerprint = plan.Fingerprint;
            logger.LogInformation("Created the Teams meeting of panel {PanelId} after {Attempts} attempt(s)", meeting.PanelId, meeting.Attempts);
            return true;
        }
        if (backoff.TryAgain(meeting, attempt, meeting.Attempts, now))
        {
            logger.LogInformation("Graph answered {Status} for the meeting of panel {PanelId}; trying again at {Next}", attempt.Status, meeting.PanelId, meeting.NextAttemptAt);
            return false;
        }
        meeting.GaveUpAt = now;
        await notices.GaveUpAsync(db, meeting.PanelId, PanelsMeetingsTextKeys.MeetingCreateFailed, attempt.Status, "create", cancellationToken);
        logger.LogWarning("Gave up creating the Teams meeting of panel {PanelId}: HTTP {Status} after {Attempts} attempt(s)", meeting.PanelId, attempt.Status, meeting.Attempts);
        return false;
    }
}

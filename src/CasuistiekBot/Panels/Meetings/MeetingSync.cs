using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Keeps a created Teams meeting in step with its panel: when the session moves, a member is added or drops out, or the
/// inbrenger says they will present, the meeting is updated (PATCH) with the new times and attendees. When Graph refuses,
/// or keeps failing, the coordinators are told once for that change and the meeting is left as it is.
/// </summary>
internal sealed class MeetingSync(
    IDbContextFactory<CasuistiekDbContext> databases,
    GraphMeetings graph,
    MeetingPlans plans,
    MeetingClaims claims,
    MeetingBackoff backoff,
    MeetingNotices notices,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    ILogger<MeetingSync> logger)
{
    private sealed record Change(string MeetingId, MeetingPlan Plan);

    /// <returns>The number of meetings this run updated.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = calendar.LocalDate(clock.GetUtcNow());
        List<Guid> candidates;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var scheduled = CasusQueries.InStatus(db, CasusStatus.Scheduled).Select(c => c.Id);
            var invited = db.Set<Panel>().Where(p => p.Status == PanelStatus.Invited && p.SessionDate != null && p.SessionDate >= today && scheduled.Contains(p.CasusId))
                .Select(p => p.Id);
            candidates = await db.Set<SessionMeeting>().AsNoTracking()
                .Where(m => m.GraphMeetingId != null && invited.Contains(m.PanelId))
                .Select(m => m.PanelId).ToListAsync(cancellationToken);
        }
        var updated = 0;
        foreach (var panelId in candidates)
        {
            if (await claims.ClaimAsync(panelId, c => ChangeAsync(c, cancellationToken), cancellationToken) is not { } change) continue;
            var attempt = await graph.UpdateAsync(change.MeetingId, change.Plan, cancellationToken);
            if (await claims.RecordAsync(panelId, (db, meeting, now) => RecordAsync(db, meeting, change.Plan, attempt, now, cancellationToken), cancellationToken)) updated++;
        }
        return updated;
    }

    /// <summary>The update to send, or null while the meeting already matches the panel (or the casus is no longer planned).</summary>
    private async Task<Change?> ChangeAsync(MeetingClaims.Candidate c, CancellationToken cancellationToken)
    {
        if (c.Casus.Status != CasusStatus.Scheduled || c.Meeting is not { GraphMeetingId: { } meetingId } meeting) return null;
        var plan = await plans.ForAsync(c.Db, c.Panel, c.Casus, cancellationToken);
        return plan is null || plan.Fingerprint == meeting.SyncedFingerprint ? null : new Change(meetingId, plan);
    }

    private async Task<bool> RecordAsync(CasuistiekDbContext db, SessionMeeting meeting, MeetingPlan plan, MeetingAttempt attempt, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (attempt.Succeeded)
        {
            meeting.SyncedFingerprint = plan.Fingerprint;
            meeting.UpdateFailures = 0;
            meeting.NextAttemptAt = null;
            logger.LogInformation("Updated the Teams meeting of panel {PanelId}", meeting.PanelId);
            return true;
        }
        if (backoff.TryAgain(meeting, attempt, ++meeting.UpdateFailures, now)) return false;
        // Told once for this change; a later change (a new date, a new member) is tried afresh.
        await notices.GaveUpAsync(db, meeting.PanelId, PanelsMeetingsTextKeys.MeetingUpdateFailed, attempt.Status, "update:" + plan.Fingerprint[..16], cancellationToken);
        meeting.SyncedFingerprint = plan.Fingerprint;
        meeting.UpdateFailures = 0;
        logger.LogWarning("Gave up updating the Teams meeting of panel {PanelId}: HTTP {Status}", meeting.PanelId, attempt.Status);
        return false;
    }
}

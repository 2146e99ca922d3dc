using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Deletes the Teams meeting of a session that was called off (its casus withdrawn, also by an erasure), so that nobody
/// keeps a meeting that will not take place. Graph's 404 counts as done: the meeting is gone, deleted by hand or by an
/// earlier try whose answer was lost. A meeting whose creation was still under way when the session was called off is
/// deleted once the creation is recorded. When Graph refuses, or keeps failing, the coordinators are told to delete it
/// themselves and the job leaves it.
/// </summary>
internal sealed class MeetingRemoval(
    IDbContextFactory<CasuistiekDbContext> databases,
    GraphMeetings graph,
    MeetingClaims claims,
    MeetingBackoff backoff,
    MeetingNotices notices,
    ILogger<MeetingRemoval> logger)
{
    /// <returns>The number of meetings this run deleted (or found gone).</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        List<Guid> candidates;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var withdrawn = CasusQueries.InStatus(db, CasusStatus.Withdrawn).Select(c => c.Id);
            var calledOff = db.Set<Panel>().Where(p => withdrawn.Contains(p.CasusId)).Select(p => p.Id);
            candidates = await db.Set<SessionMeeting>().AsNoTracking()
                .Where(m => m.GraphMeetingId != null && m.DeletedAt == null && m.DeleteGaveUpAt == null && calledOff.Contains(m.PanelId))
                .Select(m => m.PanelId).ToListAsync(cancellationToken);
        }
        var deleted = 0;
        foreach (var panelId in candidates)
        {
            if (await claims.ClaimAsync(panelId, MeetingToDelete, cancellationToken) is not { } meetingId) continue;
            var attempt = await graph.DeleteAsync(meetingId, cancellationToken);
            if (await claims.RecordAsync(panelId, (db, meeting, now) => RecordAsync(db, meeting, attempt, now, cancellationToken), cancellationToken)) deleted++;
        }
        return deleted;
    }

    /// <summary>The meeting's id while its session is called off and the job is not yet done with it.</summary>
    private static Task<string?> MeetingToDelete(MeetingClaims.Candidate c) => Task.FromResult(
        c.Casus.Status == CasusStatus.Withdrawn && c.Meeting is { GraphMeetingId: { } meetingId, DeletedAt: null, DeleteGaveUpAt: null } ? meetingId : null);

    private async Task<bool> RecordAsync(CasuistiekDbContext db, SessionMeeting meeting, MeetingAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (attempt.Succeeded || attempt.Status == 404)
        {
            meeting.DeletedAt = now;
            meeting.NextAttemptAt = null;
            // The link leads nowhere now: the calendar file and what is drawn of the panel from now on leave it out.
            if (await db.Set<Panel>().FirstOrDefaultAsync(p => p.Id == meeting.PanelId, cancellationToken) is { } panel) panel.OnlineMeetingUrl = null;
            logger.LogInformation("Deleted the Teams meeting of called-off panel {PanelId} (HTTP {Status})", meeting.PanelId, attempt.Status);
            return true;
        }
        if (backoff.TryAgain(meeting, attempt, ++meeting.DeleteFailures, now))
        {
            logger.LogInformation("Graph answered {Status} to deleting the meeting of panel {PanelId}; trying again at {Next}", attempt.Status, meeting.PanelId, meeting.NextAttemptAt);
            return false;
        }
        meeting.DeleteGaveUpAt = now;
        await notices.GaveUpAsync(db, meeting.PanelId, PanelsMeetingsTextKeys.MeetingDeleteFailed, attempt.Status, "delete", cancellationToken);
        logger.LogWarning("Gave up deleting the Teams meeting of panel {PanelId}: HTTP {Status} after {Failures} attempt(s)", meeting.PanelId, attempt.Status, meeting.DeleteFailures);
        return false;
    }
}

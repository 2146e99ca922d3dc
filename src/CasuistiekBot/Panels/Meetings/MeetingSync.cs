using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Keeps a created Teams meeting in step with its panel: when the session moves, a member is added or drops out, or the
/// inbrenger says they will present, the meeting is updated (PATCH) with the new times and attendees. Claimed like the
/// creation, so one instance asks; throttling and server errors wait and try again; when Graph refuses, or keeps
/// failing, the coordinators are told once for that change and the meeting is left as it is.
/// </summary>
internal sealed class MeetingSync(
    IDbContextFactory<CasuistiekDbContext> databases,
    GraphMeetings graph,
    MeetingPlans plans,
    MeetingNotices notices,
    MeetingBackoff backoff,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    ILogger<MeetingSync> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <returns>The number of meetings this run updated.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        List<Guid> candidates;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var invited = db.Set<Panel>().Where(p => p.Status == PanelStatus.Invited && p.SessionDate != null && p.SessionDate >= today).Select(p => p.Id);
            candidates = await db.Set<SessionMeeting>().AsNoTracking()
                .Where(m => m.GraphMeetingId != null && invited.Contains(m.PanelId))
                .Select(m => m.PanelId).ToListAsync(cancellationToken);
        }
        var updated = 0;
        foreach (var panelId in candidates)
        {
            if (await ClaimAsync(panelId, now, cancellationToken) is not { } claim) continue;
            var attempt = await graph.UpdateAsync(claim.MeetingId, claim.Plan, cancellationToken);
            if (await RecordAsync(panelId, claim.Plan, attempt, cancellationToken)) updated++;
        }
        return updated;
    }

    /// <summary>Takes the meeting for an update, or null when it already matches the panel, is not due, or another instance has it.</summary>
    private async Task<(string MeetingId, MeetingPlan Plan)?> ClaimAsync(Guid panelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Set<SessionMeeting>().FirstAsync(m => m.PanelId == panelId, cancellationToken);
        if (meeting.NextAttemptAt > now || meeting.LeasedUntil > now) return null;
        var panel = await db.Set<Panel>().AsNoTracking().FirstAsync(p => p.Id == panelId, cancellationToken);
        var casus = await CasusLookup.GetAsync(db, panel.CasusId, cancellationToken);
        if (casus.Status != CasusStatus.Scheduled) return null;
        if (await plans.ForAsync(db, panel, casus, cancellationToken) is not { } plan || plan.Fingerprint == meeting.SyncedFingerprint) return null;
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
        return (meeting.GraphMeetingId!, plan);
    }

    private async Task<bool> RecordAsync(Guid panelId, MeetingPlan plan, MeetingAttempt attempt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Set<SessionMeeting>().FirstAsync(m => m.PanelId == panelId, cancellationToken);
        meeting.LeasedUntil = null;
        meeting.Version++;
        if (attempt.Succeeded)
        {
            meeting.SyncedFingerprint = plan.Fingerprint;
            meeting.UpdateFailures = 0;
            meeting.NextAttemptAt = null;
            logger.LogInformation("Updated the Teams meeting of panel {PanelId}", panelId);
        }
        else
        {
            meeting.LastStatus = attempt.Status;
            meeting.UpdateFailures++;
            if (!attempt.Transient || meeting.UpdateFailures >= backoff.MaxAttempts)
            {
                // Told once for this change; a later change (a new date, a new member) is tried afresh.
                var panel = await db.Set<Panel>().AsNoTracking().FirstAsync(p => p.Id == panelId, cancellationToken);
                var reference = (await CasusLookup.GetAsync(db, panel.CasusId, cancellationToken)).Reference;
                await notices.GaveUpAsync(db, panel, reference, creating: false, attempt.Status, "update:" + plan.Fingerprint[..16], cancellationToken);
                meeting.SyncedFingerprint = plan.Fingerprint;
                meeting.UpdateFailures = 0;
                meeting.NextAttemptAt = null;
                logger.LogWarning("Gave up updating the Teams meeting of panel {PanelId}: HTTP {Status}", panelId, attempt.Status);
            }
            else
            {
                meeting.NextAttemptAt = now + backoff.Delay(attempt, meeting.UpdateFailures);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return attempt.Succeeded;
    }
}

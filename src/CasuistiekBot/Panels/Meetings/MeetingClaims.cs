using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// The claim every step of the meeting job (create, update, delete) takes on a panel's meeting row before it asks Graph,
/// and gives back with the outcome. Claiming sets a short lease and raises the row's concurrency version, so however many
/// instances run the job, one asks Graph; a lease left behind by a crash simply runs out.
/// </summary>
internal sealed class MeetingClaims(IDbContextFactory<CasuistiekDbContext> databases, TimeProvider clock)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>What a step decides on: the meeting row (none before the first creation), the panel and its casus, read in <see cref="Db"/>.</summary>
    public sealed record Candidate(CasuistiekDbContext Db, SessionMeeting? Meeting, Panel Panel, Casus Casus);

    /// <summary>
    /// Takes the panel's meeting for this run when <paramref name="work"/> finds something to do, and returns that work; null
    /// when the row is leased or waits for its next attempt, when there is nothing to do, or when another instance was first.
    /// </summary>
    public async Task<T?> ClaimAsync<T>(Guid panelId, Func<Candidate, Task<T?>> work, CancellationToken cancellationToken) where T : class
    {
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Set<SessionMeeting>().FirstOrDefaultAsync(m => m.PanelId == panelId, cancellationToken);
        if (meeting is not null && (meeting.NextAttemptAt > now || meeting.LeasedUntil > now)) return null;
        var panel = await db.Set<Panel>().AsNoTracking().FirstAsync(p => p.Id == panelId, cancellationToken);
        var casus = await CasusLookup.GetAsync(db, panel.CasusId, cancellationToken);
        if (await work(new Candidate(db, meeting, panel, casus)) is not { } found) return null;
        if (meeting is null) db.Add(meeting = new SessionMeeting { PanelId = panelId });
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
        return found;
    }

    /// <summary>Gives the claim back: <paramref name="record"/> writes what Graph answered onto the row, saved with the end of the lease.</summary>
    public async Task<T> RecordAsync<T>(Guid panelId, Func<CasuistiekDbContext, SessionMeeting, DateTimeOffset, Task<T>> record, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Set<SessionMeeting>().FirstAsync(m => m.PanelId == panelId, cancellationToken);
        meeting.LeasedUntil = null;
        meeting.Version++;
        var result = await record(db, meeting, now);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}

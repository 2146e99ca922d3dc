using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Puts a created meeting's join URL on the panel, updates each invitation card that still counts so that it shows the
/// link, and refreshes the coordinators' panel card. A panel changed by a coordinator at the same moment is simply done
/// at the next run: the meeting row remembers that its link is not out yet. A meeting already deleted (its session called
/// off while it was being created) is never put out.
/// </summary>
internal sealed class MeetingPublisher(IDbContextFactory<CasuistiekDbContext> databases, InvitationSender invitations, PanelPublisher panels, TimeProvider clock,
    ILogger<MeetingPublisher> logger)
{
    public async Task PublishPendingAsync(CancellationToken cancellationToken)
    {
        List<Guid> pending;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            pending = await db.Set<SessionMeeting>().AsNoTracking().Where(m => m.JoinUrl != null && m.PublishedAt == null && m.DeletedAt == null).Select(m => m.PanelId).ToListAsync(cancellationToken);
        }
        foreach (var panelId in pending)
        {
            try
            {
                await PublishAsync(panelId, cancellationToken);
            }
            catch (DbUpdateException)
            {
                logger.LogInformation("Panel {PanelId} changed while its meeting link was published; trying again at the next run", panelId);
            }
        }
    }

    private async Task PublishAsync(Guid panelId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var meeting = await db.Set<SessionMeeting>().FirstAsync(m => m.PanelId == panelId, cancellationToken);
        if (meeting.PublishedAt is not null) return;
        var panel = await db.Set<Panel>().FirstAsync(p => p.Id == panelId, cancellationToken);
        var casus = await CasusLookup.GetAsync(db, panel.CasusId, cancellationToken);
        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panelId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        panel.OnlineMeetingUrl = meeting.JoinUrl;
        meeting.PublishedAt = clock.GetUtcNow();
        meeting.Version++;
        if (casus.Status == CasusStatus.Scheduled)
        {
            foreach (var member in members.Where(m => m.Status is MemberStatus.Invited or MemberStatus.Accepted))
            {
                await invitations.MeetingAsync(db, casus, panel, member, members, cancellationToken);
            }
            await panels.PublishAsync(db, casus, panel, members, "meeting", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// A casus withdrawn by its author: everyone invited to its panel hears that the session is off (their reminders stop),
/// and the panel card in the coordinators' channel shows it, read-only. Nothing here names the author.
/// </summary>
internal sealed class PanelWithdrawal(InvitationSender invitations, PanelPublisher publisher, TimeProvider clock) : ICasusWithdrawnListener
{
    public async Task OnWithdrawnAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        var panel = await db.Set<Panel>().FirstOrDefaultAsync(p => p.CasusId == casus.Id, cancellationToken);
        if (panel is null) return;
        var now = clock.GetUtcNow();
        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        // Whoever got an invitation, whatever they answered; someone only proposed never knew of the session.
        var told = members.Where(m => m.InvitedAt is not null && m.Status is MemberStatus.Invited or MemberStatus.Accepted or MemberStatus.Declined).ToList();
        foreach (var member in told) await invitations.CancelledAsync(db, casus, panel, member, members, cancellationToken);

        panel.Version++;
        panel.UpdatedAt = now;
        PanelAudit.Record(db, now, Audit.System, casus, "panel-afgelast", string.Join(", ", told.Select(m => m.Name)));
        await publisher.PublishAsync(db, casus, panel, members, "withdrawn", cancellationToken);
    }
}

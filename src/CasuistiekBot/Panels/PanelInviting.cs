using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;

namespace CasuistiekBot.Panels;

/// <summary>
/// The invitations going out: every proposed member gets theirs. The first time, the casus is also scheduled (with an
/// audit entry and a refreshed triage card) and the inbrenger hears the date and who leads the session. Called when a
/// coordinator sends, or, for an anonymous casus, when the inbrenger's preview goes ahead; the caller audits who sent.
/// </summary>
internal sealed class PanelInviting(InvitationSender invitations, AuthorMessenger authors, TriagePublisher triage, Texts texts)
{
    /// <returns>The refused transition when the casus can no longer be scheduled (nothing may then be saved), else null.</returns>
    public async Task<CasusTransition?> InviteAsync(
        CasuistiekDbContext db, Casus casus, Panel panel, IReadOnlyList<PanelMember> members, string sentBy, string actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var proposed = members.Where(m => m.Status == MemberStatus.Proposed).ToList();
        foreach (var member in proposed)
        {
            member.Invite(now);
            await invitations.InviteAsync(db, casus, panel, member, members, cancellationToken);
        }
        if (panel.Status == PanelStatus.Invited) return null;   // someone added later: the casus is scheduled already

        panel.Status = PanelStatus.Invited;
        panel.InvitationsSentAt = now;
        panel.InvitationsSentBy = sentBy;
        var scheduled = casus.Schedule(now);
        if (!scheduled.Succeeded) return scheduled;
        var date = SessionText.Date(casus.Language, panel.SessionDate!.Value);
        Audit.Casus(db, now, actor, casus, "ingepland", $"{panel.SessionDate:yyyy-MM-dd} {SessionText.Time(panel.SessionTime!.Value)}");
        var facilitator = InvitationSender.Facilitator(members) ?? texts.Get(PanelsTextKeys.AuthorPanelNoFacilitator, casus.Language);
        await authors.EnqueueAsync(db, casus, $"ingepland:{panel.Id:N}", MessageFactory.Text(texts.Get(PanelsTextKeys.AuthorPanelScheduled, casus.Language,
            casus.Reference, date, SessionText.Time(panel.SessionTime!.Value), panel.Place ?? "", facilitator)), cancellationToken);
        await triage.RefreshAsync(db, casus, cancellationToken);
        return null;
    }
}

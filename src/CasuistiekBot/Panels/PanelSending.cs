using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Triage;

namespace CasuistiekBot.Panels;

/// <summary>
/// "Uitnodigingen versturen": every proposed member gets their invitation, the casus is scheduled (with an audit entry
/// and a refreshed triage card), and the inbrenger hears the date and who leads the session.
/// </summary>
internal sealed class PanelSending(
    InvitationSender invitations,
    AuthorMessenger authors,
    TriagePublisher triage,
    WorkingDayCalendar calendar,
    Texts texts)
{
    public async Task<PanelOutcome> SendAsync(PanelContext c, CancellationToken cancellationToken)
    {
        var panel = c.Panel;
        if (panel.Status != PanelStatus.Draft) return PanelOutcome.Refuse(texts.Get("panel.alreadySent", c.Turn, panel.InvitationsSentBy ?? ""));
        if (!panel.IsScheduled) return PanelOutcome.Refuse(texts.Get("panel.needsSchedule", c.Turn));
        if (panel.SessionDate < calendar.LocalDate(c.Now)) return PanelOutcome.Refuse(texts.Get("panel.pastDate", c.Turn));
        var proposed = c.Members.Where(m => m.Status == MemberStatus.Proposed).ToList();
        if (proposed.Count == 0) return PanelOutcome.Refuse(texts.Get("panel.needsMembers", c.Turn));

        foreach (var member in proposed)
        {
            member.Invite(c.Now);
            await invitations.InviteAsync(c.Db, c.Casus, panel, member, c.Members, cancellationToken);
        }
        panel.Status = PanelStatus.Invited;
        panel.InvitationsSentAt = c.Now;
        panel.InvitationsSentBy = c.Coordinator.Name ?? "";

        var casus = c.Casus;
        var scheduled = casus.Schedule(c.Now);
        if (!scheduled.Succeeded) return PanelOutcome.Refuse(texts.Get(scheduled.Refusal!, c.Turn, casus.Reference, scheduled.From, scheduled.To));
        var date = SessionText.Date(casus.Language, panel.SessionDate!.Value);
        Audit.Casus(c.Db, c.Now, c.Actor, casus, "ingepland", $"{panel.SessionDate:yyyy-MM-dd} {SessionText.Time(panel.SessionTime!.Value)}");
        var facilitator = InvitationSender.Facilitator(c.Members) ?? texts.Get("author.panelNoFacilitator", casus.Language);
        await authors.EnqueueAsync(c.Db, casus, $"ingepland:{panel.Id:N}", MessageFactory.Text(texts.Get("author.panelScheduled", casus.Language,
            casus.Reference, date, SessionText.Time(panel.SessionTime!.Value), panel.Place ?? "", facilitator)), cancellationToken);
        await triage.RefreshAsync(c.Db, casus, cancellationToken);
        return PanelOutcome.Done("uitnodigingen-verstuurd", string.Join(", ", proposed.Select(m => m.Name)));
    }
}

using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Panels;

/// <summary>
/// "Uitnodigingen versturen": a complete, scheduled panel is invited at once; for an anonymous casus its inbrenger first
/// sees it privately (<see cref="PanelPreviews"/>) and the invitations wait for their answer or the deadline.
/// </summary>
internal sealed class PanelSending(PanelInviting inviting, PanelPreviews previews, WorkingDayCalendar calendar, Texts texts)
{
    public async Task<PanelOutcome> SendAsync(PanelContext c, CancellationToken cancellationToken)
    {
        var panel = c.Panel;
        if (panel.Status != PanelStatus.Draft) return PanelOutcome.Refuse(texts.Get(PanelsTextKeys.PanelAlreadySent, c.Turn, panel.InvitationsSentBy ?? ""));
        if (AuthorPreview.IsPending(panel.PreviewStatus)) return PanelOutcome.Refuse(texts.Get(PanelsTextKeys.PanelPreviewStillWaiting, c.Turn, previews.Until(panel)));
        if (!panel.IsScheduled) return PanelOutcome.Refuse(texts.Get(PanelsTextKeys.PanelNeedsSchedule, c.Turn));
        if (panel.SessionDate < calendar.LocalDate(c.Now)) return PanelOutcome.Refuse(texts.Get(PanelsTextKeys.PanelPastDate, c.Turn));
        var proposed = c.Members.Where(m => m.Status == MemberStatus.Proposed).ToList();
        if (proposed.Count == 0) return PanelOutcome.Refuse(texts.Get(PanelsTextKeys.PanelNeedsMembers, c.Turn));

        if (c.Casus.Visibility == CasusVisibility.Anonymous)
        {
            await previews.StartAsync(c.Db, c.Casus, c.Panel, c.Members, c.Coordinator.Name ?? "", c.Now, cancellationToken);
            return PanelOutcome.Done("panel-voorgelegd", string.Join(", ", proposed.Select(m => m.Name)));
        }
        var refused = await inviting.InviteAsync(c.Db, c.Casus, panel, c.Members, c.Coordinator.Name ?? "", c.Actor, c.Now, cancellationToken);
        return refused is null
            ? PanelOutcome.Done("uitnodigingen-verstuurd", string.Join(", ", proposed.Select(m => m.Name)))
            : PanelOutcome.Refuse(texts.Get(refused.Refusal!, c.Turn, c.Casus.Reference, refused.From, refused.To));
    }
}

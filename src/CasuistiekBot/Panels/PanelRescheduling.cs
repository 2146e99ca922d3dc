using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Triage;

namespace CasuistiekBot.Panels;

/// <summary>
/// A new date, time or place after the invitations went out: every member who was invited or said yes is asked again
/// (their card shows the new date, and a new card announces it), a decline stands, the inbrenger hears the new date,
/// and the casus audit records the move.
/// </summary>
internal sealed class PanelRescheduling(
    InvitationSender invitations,
    AuthorMessenger authors,
    TriagePublisher triage,
    PersonalDataScrubber scrubber,
    WorkingDayCalendar calendar,
    Texts texts)
{
    public async Task<PanelOutcome> RescheduleAsync(PanelContext c, CardAction action, CancellationToken cancellationToken)
    {
        var (slot, refusal) = SessionSlot.Read(action, scrubber, calendar.LocalDate(c.Now));
        if (slot is null) return PanelOutcome.Refuse(texts.Get(refusal!, c.Turn));
        if (slot.IsSetOn(c.Panel)) return PanelOutcome.Refuse(texts.Get(PanelsTextKeys.PanelScheduleUnchanged, c.Turn));

        var panel = c.Panel;
        var before = new SessionSlot(panel.SessionDate!.Value, panel.SessionTime!.Value, panel.Place ?? "");
        slot.ApplyTo(panel);
        var asked = c.Members.Where(m => m.InviteAgain(c.Now)).ToList();
        foreach (var member in asked)
        {
            await invitations.MovedAsync(c.Db, c.Casus, panel, member, c.Members, panel.Version, cancellationToken);
        }

        var casus = c.Casus;
        var moved = casus.Reschedule(c.Now);
        if (!moved.Succeeded) return PanelOutcome.Refuse(texts.Get(moved.Refusal!, c.Turn, casus.Reference, moved.From, moved.To));
        Audit.Casus(c.Db, c.Now, c.Actor, casus, "verzet", $"{before} → {slot}");
        var facilitator = InvitationSender.Facilitator(c.Members) ?? texts.Get(PanelsTextKeys.AuthorPanelNoFacilitator, casus.Language);
        await authors.EnqueueAsync(c.Db, casus, $"verzet:{panel.Id:N}:{panel.Version}", MessageFactory.Text(texts.Get(PanelsTextKeys.AuthorPanelMoved, casus.Language,
            casus.Reference, SessionText.Date(casus.Language, slot.Date), SessionText.Time(slot.Time), slot.Place, facilitator)), cancellationToken);
        await triage.RefreshAsync(c.Db, casus, cancellationToken);
        return PanelOutcome.Done("panel-verzet", $"{before} → {slot}; {string.Join(", ", asked.Select(m => m.Name))}");
    }
}

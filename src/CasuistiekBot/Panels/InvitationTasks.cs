using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Sessions;
using CasuistiekBot.Storage;
using CasuistiekBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// A person's open panel invitations: sent to them, not declined or withdrawn, for a session still to come. Those
/// awaiting an answer come first; each card has the answer buttons only while an answer is still possible.
/// </summary>
internal sealed class InvitationTasks(InvitationCards cards, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider clock, Texts texts) : IMyTaskSource
{
    public int Order => 1;

    public string TextPrefix => "invitation.mine";

    public async Task<IReadOnlyList<MyTask>> OpenAsync(CasuistiekDbContext db, string aadObjectId, string language, CancellationToken cancellationToken)
    {
        var me = aadObjectId.ToLowerInvariant();
        var mine = await db.Set<PanelMember>().AsNoTracking()
            .Where(m => m.AadObjectId.ToLower() == me && (m.Status == MemberStatus.Invited || m.Status == MemberStatus.Accepted))
            .ToListAsync(cancellationToken);
        var panelIds = mine.Select(m => m.PanelId).Distinct().ToList();
        var panels = await db.Set<Panel>().AsNoTracking().Where(p => panelIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var casusIds = panels.Values.Select(p => p.CasusId).ToList();
        var cases = await CasusQueries.InStatus(db, CasusStatus.Scheduled).AsNoTracking()
            .Where(c => casusIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var today = calendar.LocalDate(clock.GetUtcNow());
        string[] refresh = await PersonTeamsId.OfAsync(db, aadObjectId, cancellationToken) is { } teamsId ? [teamsId] : [];
        var open = mine.Where(m => cases.ContainsKey(panels[m.PanelId].CasusId) && panels[m.PanelId].SessionDate >= today).ToList();
        // The facilitator's name is on the card; it comes from the whole panel, not just this person's seat.
        var members = await db.Set<PanelMember>().AsNoTracking()
            .Where(m => panelIds.Contains(m.PanelId)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return [.. open
            .OrderByDescending(m => m.Status == MemberStatus.Invited)
            .ThenBy(m => panels[m.PanelId].SessionDate).ThenBy(m => panels[m.PanelId].SessionTime).ThenBy(m => m.Id)
            .Select(m => Task(cases[panels[m.PanelId].CasusId], panels[m.PanelId], m, members.Where(x => x.PanelId == m.PanelId).ToList(), language, refresh))];
    }

    private MyTask Task(Casus casus, Panel panel, PanelMember member, IReadOnlyList<PanelMember> members, string language, string[] refresh)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var card = cards.Render(casus, panel, member, InvitationSender.Facilitator(members), language, refreshUserIds: refresh);
        return new MyTask(
            Reference: casus.Reference,
            Title: SessionText.When(texts, language, panel.SessionDate!.Value, panel.SessionTime!.Value),
            Detail: T(PanelsTextKeys.InvitationMinePlace, panel.Place ?? ""),
            State: T(member.Status == MemberStatus.Accepted ? PanelsTextKeys.InvitationMineAccepted : PanelsTextKeys.InvitationMineUnanswered),
            Overdue: false,
            Note: T(PanelsTextKeys.InvitationMineSeat, T(PanelsTextKeys.PersonRolePrefix + member.Seat)),
            PostCardAgainAsync: (db, request, cancellationToken) => outbox.ReshowAsync(db, OutboxKey.Parse(InvitationSender.CardKey(member)),
                MessageFactory.Card(card) with { Summary = casus.Reference, Locale = language }, request, cancellationToken));
    }
}

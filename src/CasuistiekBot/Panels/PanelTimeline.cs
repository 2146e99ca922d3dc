using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>For the author's view of their casus: the session once the invitations are out, with its date, place and facilitator.</summary>
internal sealed class PanelTimeline(Texts texts) : ICasusTimelineSource
{
    public async Task<IReadOnlyList<CasusStep>> StepsAsync(CasuistiekDbContext db, Casus casus, string language, CancellationToken cancellationToken)
    {
        var panel = await db.Set<Panel>().AsNoTracking()
            .Where(p => p.CasusId == casus.Id && p.InvitationsSentAt != null).OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (panel is not { SessionDate: { } date, SessionTime: { } time, InvitationsSentAt: { } sent }) return [];
        var members = await db.Set<PanelMember>().AsNoTracking().Where(m => m.PanelId == panel.Id).ToListAsync(cancellationToken);
        return
        [
            new(sent, texts.Get(PanelsTextKeys.TimelineSessionTitle, language), [
                texts.Get(PanelsTextKeys.TimelineSessionWhen, language, SessionText.When(texts, language, date, time)),
                texts.Get(PanelsTextKeys.TimelineSessionPlace, language, panel.Place ?? ""),
                texts.Get(PanelsTextKeys.TimelineSessionFacilitator, language, InvitationSender.Facilitator(members) ?? texts.Get(PanelsTextKeys.AuthorPanelNoFacilitator, language)),
            ]),
        ];
    }
}

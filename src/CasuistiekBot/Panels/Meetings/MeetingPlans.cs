using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Builds a panel's <see cref="MeetingPlan"/>: every member who is invited or said yes, and the inbrenger when they said
/// they will present (never for an anonymous casus: the invitation to present is never offered there).
/// </summary>
internal sealed class MeetingPlans(SessionTimes times, Texts texts)
{
    public async Task<MeetingPlan?> ForAsync(CasuistiekDbContext db, Panel panel, Casus casus, CancellationToken cancellationToken)
    {
        if (times.Start(panel) is not { } start || times.End(panel) is not { } end) return null;
        var attendees = await db.Set<PanelMember>().AsNoTracking()
            .Where(m => m.PanelId == panel.Id && (m.Status == MemberStatus.Invited || m.Status == MemberStatus.Accepted))
            .OrderBy(m => m.Id).Select(m => m.AadObjectId).ToListAsync(cancellationToken);
        if (panel.PresenterStatus == PresenterStatus.Accepted && panel.PresenterObjectId is { } presenter
            && casus.Visibility != CasusVisibility.Anonymous && !attendees.Contains(presenter))
        {
            attendees.Add(presenter);
        }
        return new MeetingPlan(texts.Get(PanelsMeetingsTextKeys.CalendarSummary, "nl", casus.Reference), start, end, attendees);
    }
}

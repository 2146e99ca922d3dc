using CasuistiekBot.Calendar;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels;

/// <summary>
/// Counts, per person, the panels they were invited to or accepted: in the month of a given day (by the session date,
/// else the invitation date) and within the recent window.
/// </summary>
internal sealed class PanelLoads(WorkingDayCalendar calendar, IOptions<PanelsOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, PersonLoad>> ForAsync(CasuistiekDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - options.Value.LoadWindow;
        var monthStart = new DateOnly(day.Year, day.Month, 1);
        var rows = await (from m in db.Set<PanelMember>().AsNoTracking()
                          join p in db.Set<Panel>().AsNoTracking() on m.PanelId equals p.Id
                          where m.Status == MemberStatus.Invited || m.Status == MemberStatus.Accepted
                          where m.InvitedAt >= since || p.SessionDate >= monthStart
                          select new { m.AadObjectId, m.InvitedAt, p.SessionDate }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AadObjectId.ToLowerInvariant()).ToDictionary(g => g.Key, g => new PersonLoad(
            g.Count(r => (r.SessionDate ?? calendar.LocalDate(r.InvitedAt!.Value)) is var d && d.Year == day.Year && d.Month == day.Month),
            g.Count(r => r.InvitedAt >= since)));
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// A casus erased: the session's shared view and the texts of its action points are blanked; owners, dates and statuses
/// stay. Reminders of its action points still waiting are dropped: they carry the text.
/// </summary>
internal sealed class SessionErasure(ActionPointReminders reminders) : ICasusErasedListener
{
    public async Task OnErasedAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        var points = await db.Set<ActionPoint>().AsNoTracking().Where(p => p.CasusId == casus.Id).ToListAsync(cancellationToken);
        await reminders.CancelPendingAsync(db, points, cancellationToken);
        await db.Set<SessionOutcome>().Where(o => o.CasusId == casus.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.SharedView, Casus.ErasedText), cancellationToken);
        await db.Set<ActionPoint>().Where(p => p.CasusId == casus.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Text, Casus.ErasedText), cancellationToken);
    }
}

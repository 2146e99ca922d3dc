using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>A casus erased: its panel's place and the reasons members gave for declining are blanked; who sat on it stays.</summary>
internal sealed class PanelErasure : ICasusErasedListener
{
    public async Task OnErasedAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        var panels = db.Set<Panel>().Where(p => p.CasusId == casus.Id);
        await panels.Where(p => p.Place != null).ExecuteUpdateAsync(set => set.SetProperty(p => p.Place, Casus.ErasedText), cancellationToken);
        await db.Set<PanelMember>().Where(m => m.DeclineReason != null && panels.Any(p => p.Id == m.PanelId))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.DeclineReason, Casus.ErasedText), cancellationToken);
    }
}

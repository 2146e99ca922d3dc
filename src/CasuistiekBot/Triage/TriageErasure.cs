using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Triage;

/// <summary>
/// A casus erased: the coordinators' questions and the author's answers, and the motivation of the decision, are blanked
/// (who asked and decided, and the route, stay); the triage card is refreshed so the channel shows the erased casus.
/// </summary>
internal sealed class TriageErasure(TriagePublisher publisher) : ICasusErasedListener
{
    public async Task OnErasedAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        await db.Set<CasusQuestion>().Where(q => q.CasusId == casus.Id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(q => q.Question, Casus.ErasedText)
                .SetProperty(q => q.Answer, q => q.Answer == null ? null : Casus.ErasedText), cancellationToken);
        await db.Set<TriageDecision>().Where(d => d.CasusId == casus.Id && d.Motivation != null)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Motivation, Casus.ErasedText), cancellationToken);
        await publisher.RefreshAsync(db, casus, cancellationToken);
    }
}

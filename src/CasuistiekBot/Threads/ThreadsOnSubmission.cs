using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Threads;

/// <summary>
/// A new casus is linked to the earlier cases and signals it resembles, in the submission's transaction. When it is the
/// third of its kind (two similar cases before it) and none of them is linked to an open signal, the coordinators are
/// asked once to raise one: the cases asked about are remembered, so a fourth similar casus asks no more.
/// </summary>
internal sealed class ThreadsOnSubmission(ThreadFinder finder, ThreadPromptSender prompts, TimeProvider clock) : ICasusSubmittedListener
{
    public const int CasesForPrompt = 3;

    public async Task<SubmittedRows> PrepareAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        var similar = await finder.ForCasusAsync(db, casus, cancellationToken);
        if (similar.Count == 0) return SubmittedRows.None;
        var cases = similar.Where(s => s.IsCasus).ToList();
        var caseIds = cases.Select(c => c.Id).ToList();
        var ask = cases.Count >= CasesForPrompt - 1
            && !similar.Any(s => s.OpenSignal)
            && !await db.Set<ThreadPrompt>().AnyAsync(p => caseIds.Contains(p.CasusId), cancellationToken)
            && !await ThreadLinks.AnyOpenSignalAsync(db, caseIds, cancellationToken);
        var send = ask ? await prompts.PrepareAsync(db, cases, cancellationToken) : null;
        var now = clock.GetUtcNow();
        // The links and the cases asked about need the new casus' id only; the prompt shows its reference.
        return new SubmittedRows(
            saved =>
            {
                foreach (var item in similar) ThreadLinks.Add(db, (ThreadText.Casus, saved.Id), (item.Kind, item.Id), item.Score, now);
                if (send is null) return;
                foreach (var id in caseIds.Append(saved.Id)) db.Set<ThreadPrompt>().Add(new ThreadPrompt { CasusId = id, PromptedAt = now });
            },
            send);
    }
}

using CasuistiekBot.Signals;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Threads;

/// <summary>A signal registered on the form is linked to its source casus and to every further casus the form named.</summary>
internal sealed class ThreadsOnSignalRegistered(TimeProvider clock) : ISignalRegisteredListener
{
    public async Task OnRegisteredAsync(CasuistiekDbContext db, Signal signal, IReadOnlyList<Guid> linkedCases, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cases = linkedCases.ToList();
        if (signal.SourceCasusId is { } source) cases.Insert(0, source);
        foreach (var casus in cases.Distinct())
        {
            await ThreadLinks.LinkAsync(db, (ThreadText.Signal, signal.Id), (ThreadText.Casus, casus), null, now, cancellationToken);
        }
    }
}

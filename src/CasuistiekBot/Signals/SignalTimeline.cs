using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>For the author's view of their casus: the signals it raised, where each stands, and how a closed one was resolved.</summary>
internal sealed class SignalTimeline(Texts texts) : ICasusTimelineSource
{
    public async Task<IReadOnlyList<CasusStep>> StepsAsync(CasuistiekDbContext db, Casus casus, string language, CancellationToken cancellationToken)
    {
        var signals = await db.Set<Signal>().AsNoTracking().Where(s => s.SourceCasusId == casus.Id).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        return signals.Select(signal => new CasusStep(signal.CreatedAt, texts.Get(SignalsTextKeys.TimelineSignalTitle, language, signal.Reference, signal.Title), Lines(signal, language).ToList())).ToList();
    }

    private IEnumerable<string> Lines(Signal signal, string language)
    {
        yield return texts.Get(SignalsTextKeys.TimelineSignalOwner, language, signal.OwnerName);
        yield return texts.Get(SignalsTextKeys.TimelineSignalStatus, language, texts.Get(SignalsTextKeys.SignalStatusPrefix + signal.Status, language));
        if (signal.Status != SignalStatus.Closed) yield break;
        var how = signal.Resolution is { } resolution && texts.Keys.Contains(SignalsTextKeys.SignalResolutionPrefix + resolution) ? texts.Get(SignalsTextKeys.SignalResolutionPrefix + resolution, language) : "";
        yield return texts.Get(SignalsTextKeys.TimelineSignalResolved, language, how, signal.ResolutionText ?? "");
    }
}

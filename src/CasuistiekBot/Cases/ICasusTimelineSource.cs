using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>
/// A slice that keeps part of what happened to a casus (the triage decision, the session, its outcome, the signals)
/// tells it for the author's view of their casus, in the author's language. Only what the author may read.
/// </summary>
internal interface ICasusTimelineSource
{
    Task<IReadOnlyList<CasusStep>> StepsAsync(CasuistiekDbContext db, Casus casus, string language, CancellationToken cancellationToken);
}

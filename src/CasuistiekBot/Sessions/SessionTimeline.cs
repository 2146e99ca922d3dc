using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>For the author's view of their casus: the session's shared view and its action points, each with where it stands.</summary>
internal sealed class SessionTimeline(Texts texts) : ICasusTimelineSource
{
    public async Task<IReadOnlyList<CasusStep>> StepsAsync(CasuistiekDbContext db, Casus casus, string language, CancellationToken cancellationToken)
    {
        if (await db.Set<SessionOutcome>().AsNoTracking().FirstOrDefaultAsync(o => o.CasusId == casus.Id, cancellationToken) is not { } outcome) return [];
        var lines = new List<string> { texts.Get(SessionsTextKeys.TimelineOutcomeView, language, outcome.SharedView) };
        foreach (var point in await SessionQueries.ActionPointsAsync(db, casus.Id, cancellationToken))
        {
            lines.Add(texts.Get(SessionsTextKeys.TimelineOutcomeActionPoint, language, point.Number, point.Text, point.OwnerName, Texts.Day(point.DueDate, language),
                texts.Get(point.Status == ActionPointStatus.Done ? SessionsTextKeys.TimelineOutcomeDone : SessionsTextKeys.TimelineOutcomeOpen, language)));
        }
        return [new(outcome.RecordedAt, texts.Get(SessionsTextKeys.TimelineOutcomeTitle, language), lines)];
    }
}

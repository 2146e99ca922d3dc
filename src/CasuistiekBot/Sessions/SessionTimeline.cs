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
        var lines = new List<string> { texts.Get("timeline.outcome.view", language, outcome.SharedView) };
        foreach (var point in await SessionQueries.ActionPointsAsync(db, casus.Id, cancellationToken))
        {
            lines.Add(texts.Get("timeline.outcome.actionPoint", language, point.Number, point.Text, point.OwnerName, Texts.Day(point.DueDate, language),
                texts.Get(point.Status == ActionPointStatus.Done ? "timeline.outcome.done" : "timeline.outcome.open", language)));
        }
        return [new(outcome.RecordedAt, texts.Get("timeline.outcome.title", language), lines)];
    }
}

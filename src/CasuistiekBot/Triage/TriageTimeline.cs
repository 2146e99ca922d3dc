using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Routing;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Triage;

/// <summary>For the author's view of their casus: the coordinators' questions with the answers, and their decision with its explanation.</summary>
internal sealed class TriageTimeline(Texts texts, RoutingTable routes, WorkingDayCalendar calendar) : ICasusTimelineSource
{
    public async Task<IReadOnlyList<CasusStep>> StepsAsync(CasuistiekDbContext db, Casus casus, string language, CancellationToken cancellationToken)
    {
        var steps = new List<CasusStep>();
        foreach (var question in await db.Set<CasusQuestion>().AsNoTracking().Where(q => q.CasusId == casus.Id).OrderBy(q => q.Id).ToListAsync(cancellationToken))
        {
            steps.Add(new(question.AskedAt, texts.Get(TriageTextKeys.TimelineQuestionTitle, language), [
                texts.Get(TriageTextKeys.TimelineQuestionAsked, language, question.Question),
                question.Answer is { } answer ? texts.Get(TriageTextKeys.TimelineQuestionAnswer, language, answer) : texts.Get(TriageTextKeys.TimelineQuestionWaiting, language),
            ]));
        }
        if (await db.Set<TriageDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.CasusId == casus.Id, cancellationToken) is { } decision)
        {
            var withReason = decision.Decision is TriageDecisions.Rejected or TriageDecisions.Signal;
            var detail = withReason ? decision.Motivation ?? "" : Route(decision.Route, language);
            var lines = new List<string> { texts.Get(LocalizationTextKeys.TriageDecisionPrefix + decision.Decision, language, decision.DecidedByName, Texts.Day(calendar.LocalDate(decision.DecidedAt), language), detail) };
            if (!withReason && !string.IsNullOrWhiteSpace(decision.Motivation)) lines.Add(texts.Get(TriageTextKeys.TimelineDecisionWhy, language, decision.Motivation));
            steps.Add(new(decision.DecidedAt, texts.Get(TriageTextKeys.TimelineDecisionTitle, language), lines));
        }
        return steps;
    }

    private string Route(string? id, string language) => id is null ? "" : routes.Find(id)?.Name?.Get(language) ?? id;
}

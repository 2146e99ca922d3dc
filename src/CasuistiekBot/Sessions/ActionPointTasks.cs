using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using CasuistiekBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>A person's open action points, earliest due date first, each with its card and the "Afgerond" button.</summary>
internal sealed class ActionPointTasks(OutcomeCards cards, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider clock, Texts texts) : IMyTaskSource
{
    public int Order => 2;

    public string TextPrefix => "actionpoint.mine";

    public async Task<IReadOnlyList<MyTask>> OpenAsync(CasuistiekDbContext db, string aadObjectId, string language, CancellationToken cancellationToken)
    {
        var me = aadObjectId.ToLowerInvariant();
        var points = await db.Set<ActionPoint>().AsNoTracking()
            .Where(p => p.Status == ActionPointStatus.Open && p.OwnerAadObjectId.ToLower() == me).ToListAsync(cancellationToken);
        var casusIds = points.Select(p => p.CasusId).Distinct().ToList();
        var cases = await CasusLookup.ManyAsync(db, casusIds, cancellationToken);
        var today = calendar.LocalDate(clock.GetUtcNow());
        return [.. points
            .OrderBy(p => p.DueDate).ThenBy(p => cases[p.CasusId].Reference, StringComparer.Ordinal).ThenBy(p => p.Number)
            .Select(p => Task(cases[p.CasusId], p, today, language))];
    }

    private MyTask Task(Casus casus, ActionPoint point, DateOnly today, string language) => new(
        Reference: texts.Get(SessionsTextKeys.ActionpointMineReference, language, casus.Reference, point.Number),
        Title: point.Text,
        Detail: texts.Get(SessionsTextKeys.ActionpointMineDue, language, cards.Date(point.DueDate, language)),
        State: texts.Get(SessionsTextKeys.ActionpointMineOpen, language),
        Overdue: today > point.DueDate,
        Note: null,
        PostCardAgainAsync: (db, request, cancellationToken) => outbox.ReshowAsync(db, OutboxKey.Parse(SessionNotifier.ActionPointKey(point)),
            MessageFactory.Card(cards.ActionPointCard(casus, point, language))
                with { Summary = texts.Get(SessionsTextKeys.ActionpointTitle, language, point.Number, casus.Reference), Locale = language },
            request, cancellationToken));
}

using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Roles;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// "Casus afsluiten" on the recorded outcome: a coordinator closes a discussed casus even though follow-up is still
/// open (the action points and signals keep their own lifecycle, but their owners are no longer reminded of the action
/// points: a reminder still waiting is dropped). Audited with what was still open.
/// </summary>
internal sealed class CasusCloseHandler(
    CoordinatorGuard coordinators, IDbContextFactory<CasuistiekDbContext> databases, SessionNotifier notifier, OutcomeCards cards,
    ActionPointReminders reminders, PersonalDataScrubber scrubber, TimeProvider clock, Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [SessionVerbs.Close];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var actor = turn.Activity.From?.AadObjectId;
        if (await coordinators.RefuseActionAsync(turn, cancellationToken) is { } refused) return refused;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var casus = await CasusForAction.FindForChangeAsync(db, action, cancellationToken);
        var outcome = casus is null ? null : await db.Set<SessionOutcome>().AsNoTracking().FirstOrDefaultAsync(o => o.CasusId == casus.Id, cancellationToken);
        if (casus is null || outcome is null) return texts.Answer(turn, SessionsTextKeys.SessionUnknownCasus);
        if (!action.ShowsVersion(casus.Version)) return texts.Answer(turn, SessionsTextKeys.SessionStale, casus.Reference);

        var now = clock.GetUtcNow();
        var moved = casus.Close(now);
        if (!moved.Succeeded) return texts.Answer(turn, moved.Refusal!, casus.Reference, Status(turn, moved.From), Status(turn, moved.To));
        var reason = action.GetString("closeReason")?.Trim();
        var scrubbed = string.IsNullOrEmpty(reason) ? null : scrubber.Scrub(reason.Length > 1000 ? reason[..1000] : reason, ScrubMemory.Create()).Text;
        var points = await SessionQueries.ActionPointsAsync(db, casus.Id, cancellationToken);
        var signals = await SignalQueries.OfCasusAsync(db, casus.Id, cancellationToken);
        var open = $"{points.Count(p => p.Status == ActionPointStatus.Open)} actiepunt(en) en {signals.Count(s => Signals.SignalStatus.IsOpen(s.Status))} signaal/signalen nog open";
        await reminders.CancelPendingAsync(db, points, cancellationToken);
        Audit.Casus(db, now, actor!, casus, "afgesloten-door-coordinator", scrubbed is null ? open : $"{open}; {scrubbed}");
        await notifier.TellAuthorClosedAsync(db, casus, scrubbed ?? texts.Get(SessionsTextKeys.SessionAuthorClosedNoReason, casus.Language), cancellationToken);
        await notifier.PublishAsync(db, casus, outcome, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return InvokeResponse.Card(cards.Summary(casus, outcome, points, signals));
    }

    private string Status(ITurnContext turn, string status) => texts.Get(LocalizationTextKeys.StatusPrefix + status, turn);
}

using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// "Afgerond" on an action-point card: only its owner may press it. The last open action point of a casus without open
/// signals finishes the casus; the coordinators' card follows either way. A reminder still waiting in the outbox is
/// dropped in the same transaction, so nothing reminds the owner of what they just finished.
/// </summary>
internal sealed class ActionPointHandler(
    IDbContextFactory<CasuistiekDbContext> databases, CasusCompletion completion, SessionNotifier notifier, OutcomeCards cards,
    ActionPointReminders reminders, TimeProvider clock, Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [SessionVerbs.ActionPointDone];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(action.GetString("actionPointId"), out var id)) return texts.Answer(turn, SessionsTextKeys.ActionpointUnknown);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var point = await db.Set<ActionPoint>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var casus = point is null ? null : await CasusLookup.FindForChangeAsync(db, point.CasusId, cancellationToken);
        if (point is null || casus is null) return texts.Answer(turn, SessionsTextKeys.ActionpointUnknown);
        var by = turn.Activity.From?.AadObjectId;
        if (!point.IsOwnedBy(by)) return texts.Answer(turn, SessionsTextKeys.ActionpointNotOwner);
        if (point.Status == ActionPointStatus.Done) return InvokeResponse.Card(cards.ActionPointCard(casus, point, turn.Language));
        if (!action.ShowsVersion(point.Version)) return texts.Answer(turn, SessionsTextKeys.ActionpointStale);

        var now = clock.GetUtcNow();
        var change = point.MarkDone(by, now);
        if (!change.Succeeded) return texts.Answer(turn, change.Refusal!);
        Audit.Casus(db, now, by!, casus, "actiepunt-afgerond", $"actiepunt {point.Number}");
        await completion.TryCompleteAsync(db, casus, by!, now, cancellationToken);
        if (await db.Set<SessionOutcome>().AsNoTracking().FirstOrDefaultAsync(o => o.CasusId == casus.Id, cancellationToken) is { } outcome)
        {
            await notifier.PublishAsync(db, casus, outcome, cancellationToken);
        }
        // Reminders are dropped after the save: a reminder pass that recorded one on this point meanwhile holds its row, so
        // the save waits for that pass to commit and the drop then sees its reminder (or the pass fails on the version).
        if (!await db.TrySaveAndCommitAsync(transaction, () => reminders.CancelPendingAsync(db, point, cancellationToken), cancellationToken))
        {
            return texts.Answer(turn, SessionsTextKeys.ActionpointStale);
        }
        return InvokeResponse.Card(cards.ActionPointCard(casus, point, turn.Language));
    }
}

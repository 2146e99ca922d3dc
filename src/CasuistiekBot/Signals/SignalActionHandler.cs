using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals.Handlers;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// The buttons on a signal card, and Teams' automatic refresh of it. Every click reloads the signal; a click on a card
/// that no longer shows the current version gets the current card back and changes nothing, so two clicks (or a
/// click on an old reminder) never act twice. A change, its audit entry, the updated cards, the author's feedback and
/// the dropping of queued reminders commit together.
/// </summary>
internal sealed class SignalActionHandler(
    IDbContextFactory<CasuistiekDbContext> databases,
    SignalTransitions transitions,
    SignalPublisher publisher,
    SignalFeedback feedback,
    SignalCards cards,
    SignalAudience audience,
    Intake.SignalKeepers keepers,
    SignalPeople people,
    EscalationCards escalations,
    HandlerNotices handlerNotices,
    IEnumerable<ISignalClosedListener> closedListeners,
    TimeProvider clock,
    Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } =
        [SignalVerbs.Refresh, SignalVerbs.Escalation, SignalVerbs.PickUp, SignalVerbs.Update, SignalVerbs.Transfer, SignalVerbs.Snooze, SignalVerbs.Close, SignalVerbs.Law, SignalVerbs.Accept, SignalVerbs.Decline,
         HandlerVerbs.Assign, HandlerVerbs.Remove];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var actor = turn.Activity.From?.AadObjectId;
        if (actor is null || !Guid.TryParse(action.GetString("signalId"), out var signalId)) return texts.Answer(turn, SignalsTextKeys.SignalUnknown);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signal = await db.Set<Signal>().FirstOrDefaultAsync(s => s.Id == signalId, cancellationToken);
        if (signal is null) return texts.Answer(turn, SignalsTextKeys.SignalUnknown);
        var view = ViewOf(signal, actor);
        // Signal keepers keep the list: they may see every signal and change its law and flag.
        var keeper = !signal.IsOwnedBy(actor) && await keepers.IsKeeperAsync(actor, cancellationToken);
        if (view == SignalView.Observer && !keeper && !await audience.MaySeeAsync(actor, signal, cancellationToken)) return texts.Answer(turn, SignalsTextKeys.SignalNotAllowed);
        if (action.Verb == SignalVerbs.Escalation)
        {
            var refresh = await people.RefreshIdsAsync(db, [actor], cancellationToken);
            return InvokeResponse.Card(escalations.Render(signal, refresh, turn.Language));
        }
        if (action.IsRefresh || action.Verb == SignalVerbs.Refresh || !action.ShowsVersion(signal.Version)) return await CurrentAsync(db, signal, actor, keeper, turn, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var formerOwner = signal.OwnerAadObjectId;
        var formerOffer = signal.TransferToAadObjectId;
        var formerHandler = signal.HandlerAadObjectId;
        var outcome = await transitions.ApplyAsync(db, signal, action, actor, now, turn, cancellationToken);
        if (outcome.Refusal is { } refusal) return texts.Answer(turn, refusal, outcome.RefusalArgs ?? [texts.Get(SignalsTextKeys.SignalStatusPrefix + signal.Status, turn)]);

        foreach (var change in outcome.Actions)
        {
            Audit.Record(db, now, actor, "signaal", signal.Reference, change, outcome.Details);
            await feedback.OnChangedAsync(db, signal, change, cancellationToken);
        }
        if (!SignalStatus.IsOpen(signal.Status))
        {
            foreach (var listener in closedListeners) await listener.OnClosedAsync(db, signal, actor, now, cancellationToken);
        }
        var handlerChanged = !string.Equals(signal.HandlerAadObjectId, formerHandler, StringComparison.OrdinalIgnoreCase);
        if (!SignalStatus.IsOpen(signal.Status) || signal.Status == SignalStatus.Transferring || signal.OwnerAadObjectId != formerOwner || handlerChanged)
        {
            // A reminder queued for the former behandelaar (or owner) must not reach them after all.
            await publisher.CancelPendingRemindersAsync(db, signal, cancellationToken);
        }
        if (handlerChanged) await handlerNotices.NotifyAsync(db, signal, formerHandler, cancellationToken);
        await publisher.PublishAsync(db, signal, new[] { formerOwner, formerOffer, formerHandler }.OfType<string>(), cancellationToken);
        if (outcome.Notice is { } notice) await transitions.NotifyOwnerAsync(db, signal, notice, cancellationToken);
        if (!await db.TrySaveAndCommitAsync(transaction, cancellationToken))
        {
            // Someone (or a second click) changed the signal first: show what it is now, do nothing twice.
            await using var fresh = await databases.CreateDbContextAsync(cancellationToken);
            var current = await fresh.Set<Signal>().AsNoTracking().FirstAsync(s => s.Id == signalId, cancellationToken);
            return await CurrentAsync(fresh, current, actor, keeper, turn, cancellationToken);
        }
        return await CurrentAsync(db, signal, actor, keeper, turn, cancellationToken);
    }

    private async Task<InvokeResponse> CurrentAsync(CasuistiekDbContext db, Signal signal, string actor, bool keeper, ITurnContext turn, CancellationToken cancellationToken) =>
        InvokeResponse.Card(cards.Render(await publisher.CardModelAsync(db, signal, ViewOf(signal, actor), turn.Language, null, cancellationToken) with { Keeper = keeper }));

    private static SignalView ViewOf(Signal signal, string actor) =>
        signal.IsOwnedBy(actor) ? SignalView.Owner
        : signal.IsHandledBy(actor) ? SignalView.Handler
        : string.Equals(signal.TransferToAadObjectId, actor, StringComparison.OrdinalIgnoreCase) ? SignalView.Offered
        : SignalView.Observer;
}

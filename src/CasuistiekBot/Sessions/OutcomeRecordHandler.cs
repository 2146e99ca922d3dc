using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// "Uitkomst vastleggen": in one transaction the shared view, the action points and the signals are stored, the casus
/// moves ingepland → besproken, owners get their cards, the author hears the outcome and the channel card updates.
/// Two coordinators at once: one outcome is stored and the other hears who recorded it.
/// </summary>
internal sealed class OutcomeRecordHandler(
    IDbContextFactory<CasuistiekDbContext> databases, OutcomeGuard guard, OutcomeValidator validator, SignalRegister register,
    SessionNotifier notifier, CasusCompletion completion, OutcomeCards cards, IEnumerable<IOutcomeRecordedListener> listeners, TimeProvider clock, Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [SessionVerbs.Record];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var coordinator = turn.Activity.From!;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // The same form sent again (a double click, a replay) records nothing new: it gets the outcome it recorded.
        var nonce = CardNonce.KeyOf(action, coordinator.AadObjectId);
        if (nonce is not null && await RecordedAsync(db, nonce, cancellationToken) is { } repeat) return repeat;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (casus, refusal) = await guard.CheckAsync(db, turn, action, needsVersion: true, cancellationToken);
        if (casus is null) return refusal;
        var (outcome, invalid) = await validator.ValidateAsync(action, cancellationToken);
        if (outcome is null) return texts.Answer(turn, invalid!);

        var now = clock.GetUtcNow();
        var actor = coordinator.AadObjectId!;
        var recorded = new SessionOutcome
        {
            CasusId = casus.Id, SharedView = outcome.SharedView, RecordedAt = now,
            RecordedByName = coordinator.Name ?? "", RecordedByAadObjectId = actor, Nonce = nonce,
        };
        db.Add(recorded);
        var points = outcome.Draft.ActionPoints.Select((p, i) => new ActionPoint
        {
            Id = Guid.NewGuid(), CasusId = casus.Id, Number = i + 1, Text = p.Text, OwnerAadObjectId = p.OwnerId, OwnerName = p.OwnerName,
            DueDate = p.Due, Status = ActionPointStatus.Open, CreatedAt = now, Version = 1,
        }).ToList();
        db.AddRange(points);
        var signals = new List<Signal>();
        foreach (var draft in outcome.Draft.Signals)
        {
            var registration = await register.RegisterAsync(db, new NewSignal(draft.Title, draft.Description, draft.Category, casus.Id,
                new SignalOwner(draft.OwnerId, draft.OwnerName, draft.OwnerMt), draft.Due), actor, cancellationToken);
            if (registration.Signal is not { } signal) return texts.Answer(turn, registration.Refusal!);
            signals.Add(signal);
        }

        var moved = casus.Discuss(now);
        if (!moved.Succeeded) return texts.Answer(turn, moved.Refusal!, casus.Reference, moved.From, moved.To);
        Audit.Casus(db, now, actor, casus, "uitkomst-vastgelegd",
            $"{points.Count} actiepunt(en), signalen: {(signals.Count == 0 ? "geen" : string.Join(", ", signals.Select(s => s.Reference)))}");
        // Teams always sends the tenant; the channel's is the fallback so an owner's chat can still be created.
        var tenantId = turn.Activity.GetTenantId()
            ?? (await CoordinatorChannels.ActiveAsync(db, cancellationToken))?.TenantId ?? "";
        foreach (var point in points)
        {
            Audit.Casus(db, now, actor, casus, "actiepunt-toegewezen", $"actiepunt {point.Number} aan {point.OwnerName}, uiterlijk {point.DueDate:yyyy-MM-dd}");
            await notifier.SendActionPointAsync(db, casus, point, tenantId, turn.Activity.ServiceUrl!, cancellationToken);
        }
        await notifier.TellAuthorOutcomeAsync(db, casus, recorded, points, signals, cancellationToken);
        foreach (var listener in listeners) await listener.OnRecordedAsync(db, casus, tenantId, turn.Activity.ServiceUrl!, cancellationToken);
        await completion.TryCompleteAsync(db, casus, actor, now, cancellationToken);
        await notifier.PublishAsync(db, casus, recorded, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another coordinator's outcome committed first: say who, change nothing.
            if (await FindOutcomeAsync(casus.Id, cancellationToken) is { } first)
            {
                if (nonce is not null && first.Nonce == nonce)
                {
                    await using var fresh = await databases.CreateDbContextAsync(cancellationToken);
                    return (await RecordedAsync(fresh, nonce, cancellationToken))!;
                }
                return guard.AlreadyRecorded(turn, first);
            }
            throw;
        }
        return InvokeResponse.Card(cards.Summary(casus, recorded, points, signals));
    }

    private async Task<InvokeResponse?> RecordedAsync(CasuistiekDbContext db, string nonce, CancellationToken cancellationToken)
    {
        var recorded = await db.Set<SessionOutcome>().AsNoTracking().FirstOrDefaultAsync(o => o.Nonce == nonce, cancellationToken);
        if (recorded is null) return null;
        var casus = await OutcomeGuard.CasusAsync(db, recorded.CasusId, cancellationToken);
        var points = await SessionQueries.ActionPointsAsync(db, casus.Id, cancellationToken);
        var signals = await SignalQueries.OfCasusAsync(db, casus.Id, cancellationToken);
        return InvokeResponse.Card(cards.Summary(casus, recorded, points, signals));
    }

    private async Task<SessionOutcome?> FindOutcomeAsync(Guid casusId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<SessionOutcome>().AsNoTracking().FirstOrDefaultAsync(o => o.CasusId == casusId, cancellationToken);
    }
}

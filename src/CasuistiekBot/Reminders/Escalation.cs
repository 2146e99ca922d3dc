using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;

namespace CasuistiekBot.Reminders;

/// <summary>
/// Escalates a signal that stays open past its due date to the DG of the owner's MT (directory role <c>dg</c> in that
/// MT), in the caller's transaction. Without such a person the coordinators' channel gets the card instead.
/// </summary>
internal sealed class Escalation(EscalationCards cards, SignalPeople people, IOutbox outbox, ILogger<Escalation> logger)
{
    public async Task EscalateAsync(CasuistiekDbContext db, Signal signal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mt = signal.OwnerMt ?? (await PersonQueries.FindAsync(db, signal.OwnerAadObjectId.ToLowerInvariant(), cancellationToken))?.Mt;
        var directors = mt is null ? [] : (await PersonQueries.InMtAsync(db, mt, cancellationToken))
            .Where(p => p.Has(PersonRoles.DirectorGeneral) && !signal.IsOwnedBy(p.AadObjectId)).ToList();
        var refresh = await people.RefreshIdsAsync(db, directors.Select(d => d.AadObjectId), cancellationToken);
        var due = SignalDates.Iso(signal.DueDate);
        var sent = 0;
        foreach (var director in directors)
        {
            if (await people.AddressAsync(db, director.AadObjectId, cancellationToken) is not { } address) continue;
            var card = MessageFactory.Card(cards.Render(signal, refresh, address.Language)) with { Summary = signal.Reference, Locale = address.Language };
            await outbox.EnqueueAsync(db, OutboxMessage.ToPerson($"signal-escalation:{signal.Id:N}:{director.AadObjectId}:{due}", address.AadObjectId,
                address.TenantId, address.ServiceUrl, card, address.UserId, replacesKey: $"signal-escalation:{signal.Id:N}:{director.AadObjectId}"), cancellationToken);
            sent++;
        }
        if (sent == 0 && await CoordinatorChannels.ActiveAsync(db, cancellationToken) is { } channel)
        {
            logger.LogWarning("No DG found for the MT of signal {Reference}; escalating to the coordinators' channel", signal.Reference);
            await outbox.EnqueueAsync(db, OutboxMessage.ToConversation($"signal-escalation:{signal.Id:N}:coordinators:{due}", channel.ChannelId, channel.ConversationId,
                MessageFactory.Card(cards.Render(signal, refresh, "nl")) with { Summary = signal.Reference }), cancellationToken);
        }
        signal.RecordEscalation(now);
        Audit.Record(db, now, Audit.System, "signaal", signal.Reference, "geescaleerd", string.Join(", ", directors.Select(d => d.Name)));
    }
}

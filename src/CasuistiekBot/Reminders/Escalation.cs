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
/// Escalates a signal that stays open past its due date to the DG of the owner's MT (directory role <c>dg</c>, with that
/// MT in their <c>dgOf</c> or as their own MT), in the caller's transaction; when a behandelaar does the work, the owner
/// gets the escalation too. Without a DG the coordinators' channel gets the card instead.
/// </summary>
internal sealed class Escalation(EscalationCards cards, SignalPeople people, IOutbox outbox, ILogger<Escalation> logger)
{
    public async Task EscalateAsync(CasuistiekDbContext db, Signal signal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mt = signal.OwnerMt ?? (await PersonQueries.FindAsync(db, signal.OwnerAadObjectId.ToLowerInvariant(), cancellationToken))?.Mt;
        var directors = mt is null ? [] : (await PersonQueries.AllAsync(db, cancellationToken))
            .Where(p => p.IsDgOf(mt) && !signal.IsOwnedBy(p.AadObjectId)).ToList();
        var refresh = await people.RefreshIdsAsync(db, directors.Select(d => d.AadObjectId), cancellationToken);
        var recipients = directors.Select(d => d.AadObjectId).ToList();
        if (signal.HandlerAadObjectId is not null) recipients.Add(signal.OwnerAadObjectId);
        var due = SignalDates.Iso(signal.DueDate);
        var sent = 0;
        foreach (var recipient in recipients)
        {
            if (await people.AddressAsync(db, recipient, cancellationToken) is not { } address) continue;
            var card = MessageFactory.Card(cards.Render(signal, refresh, address.Language)) with { Summary = signal.Reference, Locale = address.Language };
            await outbox.EnqueueAsync(db, OutboxMessage.ToPerson($"signal-escalation:{signal.Id:N}:{recipient}:{due}", address.AadObjectId,
                address.TenantId, address.ServiceUrl, card, address.UserId, replacesKey: $"signal-escalation:{signal.Id:N}:{recipient}"), cancellationToken);
            if (!signal.IsOwnedBy(recipient)) sent++;
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

using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals.Handlers;

/// <summary>
/// Tells a new behandelaar in a short message that the owner asked them to handle the signal (their card follows), and
/// a former one that they no longer do; queued in the caller's transaction, before the cards.
/// </summary>
internal sealed class HandlerNotices(SignalPeople people, IOutbox outbox, Texts texts)
{
    public async Task NotifyAsync(CasuistiekDbContext db, Signal signal, string? formerHandler, CancellationToken cancellationToken)
    {
        if (string.Equals(signal.HandlerAadObjectId, formerHandler, StringComparison.OrdinalIgnoreCase)) return;
        if (formerHandler is not null) await SendAsync(db, signal, formerHandler, "removed", SignalsHandlersTextKeys.SignalHandlerRemoved, [signal.Reference, signal.Title], cancellationToken);
        if (signal.HandlerAadObjectId is { } handler)
        {
            await SendAsync(db, signal, handler, "assigned", SignalsHandlersTextKeys.SignalHandlerAssigned, [signal.OwnerName, signal.Reference, signal.Title], cancellationToken);
        }
    }

    private async Task SendAsync(CasuistiekDbContext db, Signal signal, string aadObjectId, string what, string key, object[] args, CancellationToken cancellationToken)
    {
        if (await people.AddressAsync(db, aadObjectId, cancellationToken) is not { } address) return;
        var text = texts.Get(key, address.Language, args);
        await outbox.EnqueueAsync(db, OutboxMessage.ToPerson($"signal:{signal.Id:N}:handler-{what}:{aadObjectId}:v{signal.Version}", address.AadObjectId,
            address.TenantId, address.ServiceUrl, MessageFactory.Text(text) with { Locale = address.Language }, address.UserId), cancellationToken);
    }
}

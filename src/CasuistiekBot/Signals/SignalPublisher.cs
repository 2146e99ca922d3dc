using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals;

/// <summary>
/// Queues each person's copy of a signal card in the caller's transaction. Every person has one card per signal in
/// their 1:1 chat (one replaces key): it is posted once and updated after every change, so the offer to a new owner
/// turns into their owner card on acceptance and the old owner's card into a read-only one.
/// </summary>
internal sealed class SignalPublisher(IOutbox outbox, SignalCards cards, SignalPeople people, IOptions<SignalFormOptions> forms, ILogger<SignalPublisher> logger)
{
    public const string ReminderKind = "signal-reminder";
    public const string ReminderKeyPrefix = ReminderKind + ":";
    private const int HistoryLines = 6;

    /// <summary>Queues the current card for the owner, the behandelaar, the person it is offered to, and <paramref name="formerly"/> (who lost a role).</summary>
    public async Task PublishAsync(CasuistiekDbContext db, Signal signal, IEnumerable<string> formerly, CancellationToken cancellationToken)
    {
        var recipients = new List<(string Aad, SignalView View)> { (signal.OwnerAadObjectId, SignalView.Owner) };
        if (signal.HandlerAadObjectId is { } handler) recipients.Add((handler, SignalView.Handler));
        if (signal.TransferToAadObjectId is { } offered) recipients.Add((offered, SignalView.Offered));
        recipients.AddRange(formerly.Where(f => recipients.All(r => !string.Equals(r.Aad, f, StringComparison.OrdinalIgnoreCase))).Select(f => (f, SignalView.Observer)));
        foreach (var (aad, view) in recipients)
        {
            var model = await ModelAsync(db, signal, view, aad, null, cancellationToken);
            if (model is null) continue;
            await outbox.EnqueueAsync(db, OutboxMessage.ToPerson(
                idempotencyKey: $"signal:{signal.Id:N}:card:{aad}:v{signal.Version}",
                aadObjectId: aad, tenantId: model.Value.Address.TenantId, serviceUrl: model.Value.Address.ServiceUrl,
                activity: MessageFactory.Card(cards.Render(model.Value.Card)) with { Summary = signal.Reference, Locale = model.Value.Address.Language },
                userId: model.Value.Address.UserId,
                replacesKey: CardKey(signal, aad)), cancellationToken);
        }
    }

    /// <summary>The card model for one person, and where to send it; null when the bot knows no way to reach anyone.</summary>
    public async Task<(SignalCardModel Card, PersonAddress Address)?> ModelAsync(
        CasuistiekDbContext db, Signal signal, SignalView view, string aadObjectId, string? reminder, CancellationToken cancellationToken)
    {
        var address = await people.AddressAsync(db, aadObjectId, cancellationToken);
        if (address is null)
        {
            logger.LogWarning("No conversation is known to reach anyone in the tenant; the card of signal {Reference} waits", signal.Reference);
            return null;
        }
        var card = await CardModelAsync(db, signal, view, address.Language, reminder, cancellationToken);
        return (card, address);
    }

    public async Task<SignalCardModel> CardModelAsync(CasuistiekDbContext db, Signal signal, SignalView view, string language, string? reminder, CancellationToken cancellationToken)
    {
        var refresh = await people.RefreshIdsAsync(db, [signal.OwnerAadObjectId, signal.HandlerAadObjectId, signal.TransferToAadObjectId], cancellationToken);
        var everyone = view == SignalView.Owner ? await PersonQueries.AllAsync(db, cancellationToken) : [];
        var candidates = everyone.Where(p => p.Has(PersonRoles.MtMember) || p.Has(PersonRoles.DirectorGeneral) || p.Has(PersonRoles.LineManager)).Take(100).ToList();
        // Any employee may be the behandelaar: a list while the directory is small, else the owner types a name or e-mail.
        var others = everyone.Where(p => !signal.IsOwnedBy(p.AadObjectId) && !signal.IsHandledBy(p.AadObjectId)).ToList();
        var handlerChoices = others.Count > forms.Value.MaxOwnerChoices ? null
            : others.Select(p => new OwnerChoice(p.AadObjectId, string.IsNullOrWhiteSpace(p.OrgUnit) ? p.Name : $"{p.Name} ({p.OrgUnit})")).ToList();
        var source = signal.SourceCasusId is { } casusId
            ? (await CasusLookup.ReferencesAsync(db, [casusId], cancellationToken)).GetValueOrDefault(casusId)
            : null;
        var stored = await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == "signaal" && a.SubjectId == signal.Reference)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(HistoryLines)
            .Select(a => new SignalHistoryLine(a.At, a.Action)).ToListAsync(cancellationToken);
        // Entries of the change being made now are not saved yet; the card that announces it should show them.
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Where(a => a.SubjectType == "signaal" && a.SubjectId == signal.Reference)
            .Select(a => new SignalHistoryLine(a.At, a.Action)).Reverse();
        var history = pending.Concat(stored).Take(HistoryLines).ToList();
        return new SignalCardModel(signal, view, language, refresh, candidates, source, reminder, history, handlerChoices);
    }

    /// <summary>
    /// Posts the person's card of this signal afresh in the chat they asked from ("mijn signalen") and makes that copy
    /// the one later changes update. Copies shown before stay in the chat, kept current by the card's refresh.
    /// </summary>
    public async Task ReshowAsync(CasuistiekDbContext db, Signal signal, SignalView view, Activity request, string language, CancellationToken cancellationToken)
    {
        var card = await CardModelAsync(db, signal, view, language, null, cancellationToken);
        var activity = MessageFactory.Card(cards.Render(card)) with { Summary = signal.Reference, Locale = language };
        await outbox.ReshowAsync(db, OutboxKey.Parse(CardKey(signal, request.From!.AadObjectId!)), activity, request, cancellationToken);
    }

    /// <summary>Reminders queued but not yet sent are dropped: after a close or a transfer they would be wrong.</summary>
    public Task<int> CancelPendingRemindersAsync(CasuistiekDbContext db, Signal signal, CancellationToken cancellationToken) =>
        outbox.CancelPendingAsync(db, Reminders(signal), null, cancellationToken);

    /// <summary>The group of one signal's reminders: at most one of them is ever pending.</summary>
    public static OutboxKey Reminders(Signal signal) => OutboxKey.Of(ReminderKind, signal.Id);

    public static string CardKey(Signal signal, string aadObjectId) => $"signal:{signal.Id:N}:card:{aadObjectId}";
}

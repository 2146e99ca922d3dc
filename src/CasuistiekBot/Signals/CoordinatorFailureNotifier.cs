using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// Tells the coordinators' channel that a message will not arrive, e.g. because an owner blocked or removed the bot
/// (the delivery worker has then marked their chat as uninstalled). For a signal it names the signal and its owner;
/// a message to a casus author names nobody, so an anonymous author stays anonymous.
/// </summary>
internal sealed class CoordinatorFailureNotifier(
    IDbContextFactory<CasuistiekDbContext> databases,
    IOutbox outbox,
    Texts texts,
    ILogger<CoordinatorFailureNotifier> logger,
    ChannelLanguage channel) : IDeliveryFailureNotifier
{
    private const string KeyPrefix = "delivery-failure:";
    private string Language => channel.Value;

    public async Task NotifyAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        logger.LogWarning("Outbox message {MessageId} ({IdempotencyKey}) will not be delivered: {Reason}", deadLetter.MessageId, deadLetter.IdempotencyKey, deadLetter.Reason);
        // A failed notice about a failure is only logged, or a dead coordinators' channel would feed itself.
        if (deadLetter.IdempotencyKey.StartsWith(KeyPrefix, StringComparison.Ordinal)) return;
        // A message to an author that did not reach their chat waits with the casus and is offered again when they next
        // talk to the bot (UndeliveredAuthorNews): they have not been tried again yet, so there is nothing to report.
        if (deadLetter.Reason is DeadLetterReason.RecipientGone or DeadLetterReason.ConversationNotFound
            && AuthorMessenger.Parse(deadLetter.IdempotencyKey) is not null) return;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null) return;
        var text = texts.Get("signal.delivery.failed", Language, Reason(deadLetter.Reason), await SubjectAsync(db, deadLetter.IdempotencyKey, cancellationToken));
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation($"{KeyPrefix}{deadLetter.MessageId}", channel.ChannelId, channel.ConversationId, MessageFactory.Text(text)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> SubjectAsync(CasuistiekDbContext db, string key, CancellationToken cancellationToken)
    {
        if (key.StartsWith("author:", StringComparison.Ordinal)) return texts.Get("signal.delivery.author", Language);
        var parts = key.Split(':');
        if (parts.Length > 1 && parts[0] is "signal" or "signal-reminder" or "signal-escalation" && Guid.TryParseExact(parts[1], "N", out var signalId)
            && await db.Set<Signal>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == signalId, cancellationToken) is { } signal)
        {
            var person = parts switch
            {
                ["signal", _, "card", var aad, ..] => aad,
                ["signal-escalation", _, var aad, ..] => aad,
                _ => signal.OwnerAadObjectId,
            };
            var recipient = await NameAsync(db, person, signal, cancellationToken);
            return texts.Get("signal.delivery.owner", Language, signal.Reference, recipient);
        }
        return texts.Get("signal.delivery.other", Language, key);
    }

    private static async Task<string> NameAsync(CasuistiekDbContext db, string aad, Signal signal, CancellationToken cancellationToken) =>
        signal.IsOwnedBy(aad) ? signal.OwnerName
        : (await Expertise.PersonQueries.FindAsync(db, aad, cancellationToken))?.Name ?? aad;

    private string Reason(DeadLetterReason reason) => texts.Get(reason switch
    {
        DeadLetterReason.RecipientGone => "signal.delivery.gone",
        DeadLetterReason.ConversationNotFound => "signal.delivery.notFound",
        DeadLetterReason.TooLarge => "signal.delivery.tooLarge",
        DeadLetterReason.Unaddressable => "signal.delivery.unaddressable",
        _ => "signal.delivery.exhausted",
    }, Language);
}

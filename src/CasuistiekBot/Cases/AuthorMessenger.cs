using System.Security.Cryptography;
using System.Text.Json;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace CasuistiekBot.Cases;

/// <summary>
/// Messages to the author of a casus, in their chat with the bot and in their language, queued in the caller's
/// transaction. The coordinators never learn who an anonymous author is: the bot carries the message. This is the one
/// place that opens the sealed route; the queued message forgets its address once sent, so that the outbox keeps no
/// link between the casus in its key and the author's chat.
/// </summary>
internal sealed class AuthorMessenger(IOutbox outbox, IDataProtectionProvider protection, ILogger<AuthorMessenger> logger)
{
    /// <summary>Every message to an author lies in this outbox group.</summary>
    public static readonly OutboxKey Group = OutboxKey.Of("author");

    private readonly IDataProtector _routes = protection.CreateProtector(AuthorRouteSeal.Purpose);

    public async Task EnqueueAsync(CasuistiekDbContext db, Casus casus, string key, Activity activity, CancellationToken cancellationToken)
    {
        if (Open(casus) is not { } route)
        {
            logger.LogWarning("Casus {Reference} has no way back to its author; message {MessageKey} is not sent", casus.Reference, key);
            return;
        }
        var message = OutboxMessage.ToConversation(
            idempotencyKey: Group.Then(casus.Id, key).Value,
            channelId: route.ChannelId,
            conversationId: route.ConversationId,
            activity: activity with { Locale = casus.Language });
        message.ForgetsRecipient = true;
        await outbox.EnqueueAsync(db, message, cancellationToken);
    }

    private AuthorRoute? Open(Casus casus)
    {
        if (casus.AuthorRoute is not { } sealedRoute) return null;
        try
        {
            return JsonSerializer.Deserialize<AuthorRoute>(_routes.Unprotect(sealedRoute));
        }
        catch (CryptographicException)
        {
            // The key that sealed it is gone (a lost key folder, a rotated key no longer configured).
            return null;
        }
    }
}

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
/// link between the casus in its key and the author's chat. Every message is also kept with the casus
/// (<see cref="CasusNews"/>), so that the author can read it again and is offered it again when it does not arrive.
/// </summary>
internal sealed class AuthorMessenger(IOutbox outbox, IDataProtectionProvider protection, WaitingNews waiting, TimeProvider clock, ILogger<AuthorMessenger> logger)
{
    /// <summary>Every message to an author lies in this outbox group.</summary>
    public static readonly OutboxKey Group = OutboxKey.Of("author");

    private readonly IDataProtector _routes = protection.CreateProtector(AuthorRouteSeal.Purpose);

    /// <param name="summary">What the author's casus detail keeps of a message that is a card (a text message keeps its text).</param>
    public async Task EnqueueAsync(CasuistiekDbContext db, Casus casus, string key, Activity activity, CancellationToken cancellationToken, string? summary = null)
    {
        var route = Open(casus.AuthorRoute);
        if ((activity.Text is { Length: > 0 } ? activity.Text : summary) is { Length: > 0 } text)
        {
            await CasusNewsLog.KeepAsync(db, casus.Id, key, text, clock.GetUtcNow(), undelivered: route is null, cancellationToken);
        }
        if (route is null)
        {
            waiting.Marked();
            logger.LogWarning("Casus {Reference} has no way back to its author; message {MessageKey} waits for them in the casus", casus.Reference, key);
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

    /// <summary>
    /// A message along a route sealed like an author's, for someone who raised something other than a casus (the
    /// reporter of a signal). False when the route is missing or can no longer be opened.
    /// </summary>
    public async Task<bool> EnqueueToRouteAsync(CasuistiekDbContext db, string? sealedRoute, string idempotencyKey, Activity activity, CancellationToken cancellationToken)
    {
        if (Open(sealedRoute) is not { } route) return false;
        await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(idempotencyKey, route.ChannelId, route.ConversationId, activity), cancellationToken);
        return true;
    }

    /// <summary>The casus and message key of an outbox message to an author; null for any other message.</summary>
    public static (Guid CasusId, string Key)? Parse(string idempotencyKey)
    {
        var prefix = Group.Value + ":";
        if (!idempotencyKey.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var rest = idempotencyKey[prefix.Length..];
        var colon = rest.IndexOf(':');
        return colon > 0 && Guid.TryParseExact(rest[..colon], "N", out var casusId) ? (casusId, rest[(colon + 1)..]) : null;
    }

    private AuthorRoute? Open(string? sealedRoute)
    {
        if (sealedRoute is null) return null;
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

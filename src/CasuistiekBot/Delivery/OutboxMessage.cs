using System.Text.Json;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Delivery;

/// <summary>
/// One proactive message, written in the same transaction as the state change that causes it. The recipient is
/// either a stored conversation (<see cref="ChannelId"/> + <see cref="ConversationId"/>) or a person
/// (<see cref="RecipientAadObjectId"/> + <see cref="TenantId"/> + <see cref="ServiceUrl"/>) whose 1:1 chat is
/// created when the bot has none yet. Create it with <see cref="ToConversation"/> or <see cref="ToPerson"/>.
/// </summary>
internal sealed class OutboxMessage
{
    public const string TeamsChannelId = "msteams";

    public long Id { get; set; }

    /// <summary>Unique: a second message with the same key is never stored, so never sent.</summary>
    public required string IdempotencyKey { get; set; }

    public string? ChannelId { get; set; }
    public string? ConversationId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? RecipientAadObjectId { get; set; }

    /// <summary>The person's Teams id (29:…) when known; it makes conversation creation more reliable than the object id.</summary>
    public string? RecipientUserId { get; set; }
    public string? TenantId { get; set; }

    public required string ActivityJson { get; set; }

    /// <summary>Messages sharing this key show one card: later ones update the card the first one posted.</summary>
    public string? ReplacesKey { get; set; }

    /// <summary>
    /// Once sent or given up, the row keeps no address (conversation, recipient, tenant, serviceUrl): for messages to an
    /// author, whose chat must not stay linked to the casus their key names.
    /// </summary>
    public bool ForgetsRecipient { get; set; }

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Set just before the connector call: a claim that lapses with this set may have reached the user.</summary>
    public DateTimeOffset? SendStartedAt { get; set; }
    public string? SentActivityId { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DeadLetterReason? DeadReason { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static OutboxMessage ToConversation(string idempotencyKey, string channelId, string conversationId, Activity activity, string? replacesKey = null) => new()
    {
        IdempotencyKey = idempotencyKey,
        ChannelId = channelId,
        ConversationId = conversationId,
        ActivityJson = Serialize(activity),
        ReplacesKey = replacesKey,
    };

    /// <summary>To a person's 1:1 chat with the bot; <paramref name="serviceUrl"/> is used when the chat must be created.</summary>
    public static OutboxMessage ToPerson(
        string idempotencyKey, string aadObjectId, string tenantId, string serviceUrl, Activity activity, string? userId = null, string? replacesKey = null) => new()
    {
        IdempotencyKey = idempotencyKey,
        RecipientAadObjectId = aadObjectId,
        TenantId = tenantId,
        ServiceUrl = serviceUrl,
        RecipientUserId = userId,
        ActivityJson = Serialize(activity),
        ReplacesKey = replacesKey,
    };

    public Activity ReadActivity() =>
        JsonSerializer.Deserialize<Activity>(ActivityJson, BotJson.Options)
        ?? throw new InvalidOperationException($"Outbox message {Id} holds no activity.");

    private static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, BotJson.Options);
}

namespace CasuistiekBot.Storage;

internal sealed class ConversationReferenceRow
{
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public string? ConversationType { get; set; }

    /// <summary>The Teams user id (29:…); for channels and group chats the last sender.</summary>
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? UserName { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
    public string? Locale { get; set; }

    /// <summary>IANA time zone reported by the Teams client.</summary>
    public string? TimeZone { get; set; }
    public bool Installed { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

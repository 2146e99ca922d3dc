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

    /// <summary>"nl" or "en": the language the person last clearly wrote in (1:1 chats).</summary>
    public string? Language { get; set; }

    /// <summary>"nl" or "en" once the person chose one ("taal engels"); it wins over what they write.</summary>
    public string? LanguagePreference { get; set; }

    /// <summary>IANA time zone reported by the Teams client.</summary>
    public string? TimeZone { get; set; }
    public bool Installed { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

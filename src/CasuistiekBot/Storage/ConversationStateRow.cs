namespace CasuistiekBot.Storage;

/// <summary>One JSON state document; <see cref="Version"/> is its ETag.</summary>
internal sealed class ConversationStateRow
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

namespace CasuistiekBot.Storage;

/// <summary>An inbound activity already handled; Teams may deliver the same activity again after a timeout.</summary>
internal sealed class ProcessedActivityRow
{
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}

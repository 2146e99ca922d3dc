namespace CasuistiekBot.Coordinators;

/// <summary>The Teams channel (or group chat) where coordinators triage new cases; the newest registration is the active one.</summary>
public sealed class CoordinatorChannel
{
    public required string ConversationId { get; set; }
    public required string ChannelId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public string? Name { get; set; }
    public required string RegisteredBy { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public bool Active { get; set; }
}

using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Playground;

/// <summary>The Playground's one team; its first channel is General, whose id is the team id.</summary>
public sealed record PlaygroundTeam
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? AadGroupId { get; init; }
    public IReadOnlyList<ConversationAccount> Channels { get; init; } = [];
}

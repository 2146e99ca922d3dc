using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Playground;

/// <summary>The ids the running Playground put into its activities, as read from <c>GET /_internal/v1/config</c>.</summary>
public sealed record PlaygroundConfig
{
    public required string TenantId { get; init; }
    public required ChannelAccount Bot { get; init; }
    public required ChannelAccount CurrentUser { get; init; }

    /// <summary>The other users (the Playground requires exactly five); all are members of the group chat and the team.</summary>
    public IReadOnlyList<ChannelAccount> Users { get; init; } = [];

    public required ConversationAccount PersonalChat { get; init; }
    public IReadOnlyList<ConversationAccount> GroupChats { get; init; } = [];
    public IReadOnlyList<PlaygroundTeam> Teams { get; init; } = [];

    public IEnumerable<ChannelAccount> AllUsers => Users.Prepend(CurrentUser);

    public ConversationAccount GroupChat => GroupChats.Single();

    public PlaygroundTeam Team => Teams.Single();

    /// <summary>A user by id or by first name as written in users.json.</summary>
    public ChannelAccount User(string idOrFirstName) =>
        AllUsers.FirstOrDefault(u => u.Id == idOrFirstName)
        ?? AllUsers.FirstOrDefault(u => u.Name?.Split(' ')[0] == idOrFirstName)
        ?? throw new ArgumentException($"The Playground has no user '{idOrFirstName}'.", nameof(idOrFirstName));

    public ConversationAccount Channel(string name) =>
        Team.Channels.FirstOrDefault(c => c.Name == name)
        ?? throw new ArgumentException($"The Playground's team has no channel '{name}'.", nameof(name));
}

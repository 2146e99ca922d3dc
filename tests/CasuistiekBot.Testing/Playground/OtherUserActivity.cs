using System.Text.Json;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Playground;

/// <summary>
/// The Playground only lets its current user speak: it ignores <c>from</c> in group chats and refuses other users
/// in the personal chat. For anyone else the harness builds the activity the way the Playground shapes its own
/// (channel msteams, locale en-US, the conversation's type and team/channel data) and posts it to the bot itself;
/// the bot's replies still go to the Playground's connector.
/// </summary>
internal static class OtherUserActivity
{
    public static Activity Create(PlaygroundConfig config, Uri serviceUrl, string userId, string conversationId, DateTimeOffset now)
    {
        var user = config.User(userId);
        var team = config.Teams.FirstOrDefault(t => t.Channels.Any(c => InChannel(conversationId, c)));
        var channel = team?.Channels.First(c => InChannel(conversationId, c));
        var type = team is not null ? "channel" : config.GroupChats.Any(g => g.Id == conversationId) ? "groupChat" : "personal";
        object channelData = team is null || channel is null
            ? new { tenant = new { id = config.TenantId } }
            : new { tenant = new { id = config.TenantId }, team = new { id = team.Id }, channel = new { id = channel.Id }, teamsTeamId = team.Id, teamsChannelId = channel.Id };
        return new Activity
        {
            Id = Guid.NewGuid().ToString(),
            ChannelId = "msteams",
            ServiceUrl = serviceUrl.ToString(),
            Timestamp = now,
            LocalTimestamp = now,
            LocalTimezone = "UTC",
            Locale = "en-US",
            From = new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId },
            Recipient = new ChannelAccount { Id = config.Bot.Id, Name = config.Bot.Name },
            Conversation = new ConversationAccount
            {
                Id = conversationId, ConversationType = type, IsGroup = type == "personal" ? null : true, TenantId = config.TenantId,
            },
            Entities = [ToEntity(new { type = "clientInfo", locale = "en-US", country = "US", platform = "Web", timezone = "UTC" })],
            ChannelData = JsonSerializer.SerializeToElement(channelData, BotJson.Options),
        };
    }

    public static Entity Mention(ChannelAccount bot, string tag) => ToEntity(new { type = "mention", mentioned = new { id = bot.Id, name = bot.Name }, text = tag });

    // A channel post opens a thread whose conversation id is "{channel};messageid={post}".
    private static bool InChannel(string conversationId, ConversationAccount channel) =>
        conversationId == channel.Id || conversationId.StartsWith(channel.Id + ";", StringComparison.Ordinal);

    private static Entity ToEntity(object entity) => JsonSerializer.SerializeToElement(entity, BotJson.Options).Deserialize<Entity>(BotJson.Options)!;
}

using System.Text.Json;
using System.Text.RegularExpressions;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Playground;

/// <summary>Reads a message the bot sent through the connector (and the Playground accepted) as a <see cref="PlaygroundMessage"/>.</summary>
internal static partial class ConnectorMessage
{
    public static PlaygroundMessage? TryRead(string method, string path, byte[] request, byte[] answer)
    {
        if (method is not ("POST" or "PUT") || ActivityPath().Match(path) is not { Success: true } match) return null;
        var activity = JsonSerializer.Deserialize<Activity>(request, BotJson.Options);
        if (activity is not { Type: ActivityTypes.Message }) return null;
        var conversationId = Uri.UnescapeDataString(match.Groups["conversation"].Value);
        var messageId = method == "PUT"
            ? Uri.UnescapeDataString(match.Groups["activity"].Value)
            : JsonSerializer.Deserialize<JsonElement>(answer).GetProperty("id").GetString()!;
        return new PlaygroundMessage(
            method == "PUT" ? PlaygroundMessage.Updated : PlaygroundMessage.Created,
            conversationId, messageId, activity.From?.Id, activity.Text, activity.Attachments ?? [],
            JsonSerializer.Deserialize<JsonElement>(request));
    }

    [GeneratedRegex("^/_connector/v3/conversations/(?<conversation>[^/]+)/activities(/(?<activity>[^/]+))?$")]
    private static partial Regex ActivityPath();
}

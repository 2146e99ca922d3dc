using System.Text.Json;
using System.Text.Json.Serialization;

namespace CasuistiekBot.Framework.Schema;

/// <summary>A user or bot in a conversation. In Teams <see cref="Id"/> is the MRI (29:… for users, 28:… for bots).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

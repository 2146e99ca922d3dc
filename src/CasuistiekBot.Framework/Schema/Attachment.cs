using System.Text.Json;
using System.Text.Json.Serialization;

namespace CasuistiekBot.Framework.Schema;

/// <summary>An attachment; for Adaptive Cards <see cref="ContentType"/> is <see cref="ContentTypes.AdaptiveCard"/>.</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

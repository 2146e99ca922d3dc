using System.Text.Json;
using System.Text.Json.Serialization;

namespace CasuistiekBot.Framework.Schema;

/// <summary>An entity such as <c>clientInfo</c> or <c>mention</c>; everything but the type stays in <see cref="Extra"/>.</summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    public string? GetString(string property) =>
        Extra is not null && Extra.TryGetValue(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

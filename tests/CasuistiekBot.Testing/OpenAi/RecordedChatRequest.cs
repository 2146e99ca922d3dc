using System.Text.Json.Nodes;

namespace CasuistiekBot.Testing.OpenAi;

/// <summary>One request as <see cref="FakeOpenAiServer"/> received it.</summary>
/// <param name="Path">The path as sent, without the query.</param>
/// <param name="Query">The query string with its leading '?', or empty.</param>
/// <param name="Json">The body parsed as a JSON object, or null when it is not one.</param>
public sealed record RecordedChatRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    JsonObject? Json)
{
    public string? Authorization => Header("Authorization");

    /// <summary>Azure OpenAI's key header, for clients that send it instead of a bearer token.</summary>
    public string? ApiKey => Header("api-key");

    public string? Model => Json?["model"]?.GetValue<string>();

    public string? ResponseFormatType => Json?["response_format"]?["type"]?.GetValue<string>();

    /// <summary>The messages as (role, content) pairs, content flattened to text.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages =>
        Json?["messages"] is JsonArray messages
            ? messages.OfType<JsonObject>().Select(m => (m["role"]?.GetValue<string>() ?? "", ContentText(m["content"]))).ToList()
            : [];

    private string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    // Content is either a string or an array of parts such as {"type":"text","text":"..."}.
    private static string ContentText(JsonNode? content) => content switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonArray parts => string.Concat(parts.OfType<JsonObject>().Select(p => p["text"]?.GetValue<string>())),
        _ => "",
    };
}

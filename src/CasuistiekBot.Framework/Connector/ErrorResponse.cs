using System.Text.Json;

namespace CasuistiekBot.Framework.Connector;

/// <summary>The connector's error body <c>{"error":{"code","message"}}</c>; Teams sometimes adds a more precise <c>subCode</c>.</summary>
internal sealed record ErrorResponse(string? Code, string? Message)
{
    public static ErrorResponse Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return new(null, null);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return new(null, null);
            }
            var code = Text(error, "subCode") ?? Text(error, "code");
            return new(code, Text(error, "message"));
        }
        catch (JsonException)
        {
            return new(null, null);
        }
    }

    private static string? Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}

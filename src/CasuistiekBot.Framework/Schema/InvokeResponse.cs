using System.Text.Json.Nodes;

namespace CasuistiekBot.Framework.Schema;

/// <summary>What an invoke handler answers; written as the HTTP status and JSON body of the same reply.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    public static InvokeResponse NotImplemented() => new(501, null);

    /// <summary>An <c>adaptiveCard/action</c> answer that replaces the card for the user who acted.</summary>
    public static InvokeResponse Card(JsonObject card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.AdaptiveCard,
        ["value"] = card,
    });

    /// <summary>An <c>adaptiveCard/action</c> answer that shows a message to the user who acted.</summary>
    public static InvokeResponse Message(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.ActivityMessage,
        ["value"] = text,
    });

    /// <summary>An <c>adaptiveCard/action</c> error answer, as the SDK gives (HTTP 200, status in the body).</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) => new(200, new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = ContentTypes.Error,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}

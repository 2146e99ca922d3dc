using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>Reads an <c>adaptiveCard/action</c> invoke, answering malformed ones as the SDK does (400 BadRequest / NotSupported).</summary>
internal static class CardInvokeParser
{
    public static bool TryParse(Activity activity, out CardAction? action, out InvokeResponse? error)
    {
        action = null;
        error = null;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            error = BadRequest("BadRequest", "Missing value property");
            return false;
        }
        if (!value.TryGetProperty("action", out var raw) || raw.ValueKind != JsonValueKind.Object)
        {
            error = BadRequest("BadRequest", "Missing action property");
            return false;
        }

        var type = raw.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type != "Action.Execute")
        {
            error = BadRequest("NotSupported", $"The action '{type}' is not supported.");
            return false;
        }

        var verb = raw.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (string.IsNullOrWhiteSpace(verb))
        {
            error = BadRequest("BadRequest", "Missing verb");
            return false;
        }
        if (!CardVerb.IsWellFormed(verb))
        {
            error = BadRequest("BadRequest", $"The verb must be at most {CardVerb.MaxLength} letters, digits, dots, dashes or underscores.");
            return false;
        }

        var data = raw.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : EmptyObject;
        var trigger = value.TryGetProperty("trigger", out var tr) && tr.ValueKind == JsonValueKind.String ? tr.GetString() : null;
        action = new CardAction(verb, data, IsInvoke: true, trigger, activity.ReplyToId);
        return true;
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private static InvokeResponse BadRequest(string code, string message) => new(400, new JsonObject
    {
        ["statusCode"] = 400,
        ["type"] = ContentTypes.Error,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}

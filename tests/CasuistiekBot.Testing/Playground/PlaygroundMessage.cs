using System.Text.Json;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Playground;

/// <summary>A bot message as the Playground shows it to its web client: created (POST) or updated in place (PUT).</summary>
public sealed record PlaygroundMessage(
    string Action,
    string ConversationId,
    string MessageId,
    string? FromId,
    string? Text,
    IReadOnlyList<Attachment> Attachments,
    JsonElement Raw)
{
    public const string Created = "createMessage";
    public const string Updated = "updateMessage";

    public bool IsUpdate => Action == Updated;

    public IEnumerable<JsonElement> AdaptiveCards => Attachments
        .Where(a => a.ContentType == ContentTypes.AdaptiveCard && a.Content is not null)
        .Select(a => a.Content!.Value);

    /// <summary>Reads one frame of the conversation stream; frames of other kinds give null.</summary>
    internal static PlaygroundMessage? TryParse(JsonElement frame)
    {
        if (!frame.TryGetProperty("action", out var action) || action.GetString() is not (Created or Updated)) return null;
        if (!frame.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object) return null;
        var attachments = message.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.Deserialize<List<Attachment>>(BotJson.Options) ?? []
            : [];
        return new PlaygroundMessage(
            action.GetString()!,
            StringOrEmpty(frame, "actionConversationId"),
            StringOrEmpty(message, "messageId"),
            message.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? StringOrNull(from, "id") : null,
            StringOrNull(message, "text"),
            attachments,
            frame.Clone());
    }

    public override string ToString()
    {
        var cards = Attachments.Count == 0 ? "" : $" [{string.Join(", ", Attachments.Select(a => a.ContentType))}]";
        return $"{Action} {MessageId} in {ConversationId}: {Text}{cards}";
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string StringOrEmpty(JsonElement element, string name) => StringOrNull(element, name) ?? "";
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CasuistiekBot.Assistant;

// Reading a model's JSON defensively: any shape we did not ask for becomes null, never an exception.
internal static class AssistantJson
{
    private static readonly HashSet<string> NothingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "none", "n/a", "-", "unknown", "onbekend", "niet vermeld", "not stated",
    };

    // Some OpenAI-compatible servers wrap JSON in a Markdown fence even in JSON mode.
    public static JsonElement? ParseObject(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var json = text.Trim();
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLineEnd = json.IndexOf('\n');
            json = firstLineEnd < 0 ? "" : json[(firstLineEnd + 1)..];
            if (json.EndsWith("```", StringComparison.Ordinal)) json = json[..^3];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Text(JsonElement owner, string name, int maxLength)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String) return null;
        var text = Clean(value.GetString()!);
        if (text.Length == 0 || NothingWords.Contains(text)) return null;
        return Shorten(text, maxLength);
    }

    public static double? Number(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : null;

    public static DateOnly? Date(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString()!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    // Control characters become spaces (line breaks survive) so a field cannot smuggle layout into a card.
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
        return builder.ToString().Trim();
    }

    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text[..(maxLength - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        if (lastSpace > maxLength / 2) cut = cut[..lastSpace];
        return cut.TrimEnd() + "…";
    }
}

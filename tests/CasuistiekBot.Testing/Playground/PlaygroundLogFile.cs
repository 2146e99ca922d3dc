using System.Text.Json;

namespace CasuistiekBot.Testing.Playground;

/// <summary>
/// Reads the Playground's log file for failure messages. With no browser attached, every exchange with the
/// bot is only in debug lines ("buffering message: {…appendLog…}"); those are shortened to one line each.
/// </summary>
internal static class PlaygroundLogFile
{
    private const string Buffered = "buffering message: ";
    private const int KeptLines = 80;
    private const int LineLength = 600;

    public static IEnumerable<string> Tail(string path) =>
        File.ReadLines(path).Select(Shorten).OfType<string>().TakeLast(KeptLines)
            .Select(line => line.Length > LineLength ? line[..LineLength] + "…" : line);

    private static string? Shorten(string line)
    {
        if (!line.StartsWith("debug", StringComparison.Ordinal)) return line;
        var start = line.IndexOf(Buffered, StringComparison.Ordinal);
        if (start < 0) return null;
        try
        {
            using var document = JsonDocument.Parse(line[(start + Buffered.Length)..]);
            return document.RootElement.TryGetProperty("log", out var item) ? Describe(item) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(JsonElement item)
    {
        string? Text(string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var exchange = Text("from") is { } from ? $"{from} -> {Text("to")} {Text("activityName")}" : null;
        var response = item.TryGetProperty("response", out var r) && r.ValueKind == JsonValueKind.Object ? $" => {r.GetRawText()}" : "";
        return $"log[{Text("level") ?? "info"}] {exchange ?? Text("displayText")}{response}";
    }
}

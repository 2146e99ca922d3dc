using System.Text.Encodings.Web;
using System.Text.Json;
using CasuistiekBot.Commands;
using CasuistiekBot.Hosting;

namespace CasuistiekBot.Privacy;

/// <summary>
/// The admin command <c>scrub</c>: JSON Lines <c>{"id", "text"}</c> in, one line <c>{"id", "text", "found"}</c> out per
/// input line, each line with its own memory. A bad line gets <c>{"id", "error"}</c> (the line number when there is no id)
/// and the rest still runs; only input that cannot be read at all makes the exit code 1.
/// </summary>
public sealed class ScrubCommand(PersonalDataScrubber scrubber) : IAdminCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken) =>
        JsonLinesLoop.RunAsync(input, output, (line, number) => Task.FromResult(Process(line, number)),
            number => Write(w => { w.WriteNumber("line", number); w.WriteString("error", "input could not be read"); }), cancellationToken);

    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Input, commandLine.Output, cancellationToken);

    private string Process(string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return Error(null, lineNumber, "invalid JSON");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Error(null, lineNumber, "a line must be a JSON object");
            JsonElement? id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idElement : null;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String) return Error(id, lineNumber, "missing \"text\" (a string)");
            var result = scrubber.Scrub(text.GetString()!, ScrubMemory.Create());
            return Write(w =>
            {
                WriteId(w, id, lineNumber);
                w.WriteString("text", result.Text);
                w.WriteStartArray("found");
                foreach (var found in result.Found)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", found.Kind);
                    w.WriteString("placeholder", found.Placeholder);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }
    }

    private static string Error(JsonElement? id, int lineNumber, string message) =>
        Write(w => { WriteId(w, id, lineNumber); w.WriteString("error", message); });

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id, int lineNumber)
    {
        writer.WritePropertyName("id");
        if (id is { } value) value.WriteTo(writer);
        else writer.WriteNumberValue(lineNumber);
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

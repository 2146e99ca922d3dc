using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Commands;
using CasuistiekBot.Hosting;

namespace CasuistiekBot.Threads;

// Admin command `similar`: JSON Lines of labelled pairs in ({"id","a":{"kind","text","law"},"b":{...}}), one verdict
// line out per pair: {"id","similar","score"} plus "expected" when the pair carries its label.
internal sealed class SimilarCommand(ThreadReader reader) : IAdminCommand
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task<int> RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Input, commandLine.Output, cancellationToken);

    public Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken) =>
        JsonLinesLoop.RunAsync(input, output, (line, number) => Task.FromResult(Handle(line, number).ToJsonString(Output)),
            number => new JsonObject { ["error"] = $"input could not be read at line {number}" }.ToJsonString(Output), cancellationToken);

    private JsonObject Handle(string line, int lineNumber)
    {
        JsonNode? id = lineNumber;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject pair) return Error(id, "each line must be a JSON object");
            if (pair["id"] is JsonValue given && given.GetValueKind() is JsonValueKind.String or JsonValueKind.Number) id = given.DeepClone();
            if (Item(pair["a"]) is not { } a || Item(pair["b"]) is not { } b) return Error(id, "\"a\" and \"b\" need a \"kind\" (casus or signal) and a \"text\"");
            var score = SimilarityModel.Score(a, b);
            var result = new JsonObject { ["id"] = id, ["similar"] = SimilarityModel.Similar(score), ["score"] = score };
            if (pair["similar"] is JsonValue expected && expected.GetValueKind() is JsonValueKind.True or JsonValueKind.False) result["expected"] = expected.GetValue<bool>();
            if (pair["split"] is JsonValue split && split.GetValueKind() == JsonValueKind.String) result["split"] = split.GetValue<string>();
            return result;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return Error(id, $"not valid JSON: {e.Message}");
        }
    }

    private SimilarityModel.Prepared? Item(JsonNode? node)
    {
        if (node is not JsonObject item) return null;
        var kind = Text(item, "kind");
        var text = Text(item, "text");
        if (kind is not (ThreadText.Casus or ThreadText.Signal) || string.IsNullOrWhiteSpace(text)) return null;
        return reader.Read(kind, text, Text(item, "law"));
    }

    private static string? Text(JsonObject item, string name) => item[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static JsonObject Error(JsonNode? id, string message) => new() { ["id"] = id, ["error"] = message };
}

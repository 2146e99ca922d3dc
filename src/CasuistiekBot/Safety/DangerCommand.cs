using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Commands;

namespace CasuistiekBot.Safety;

/// <summary>
/// The admin command <c>danger</c>: JSON Lines <c>{"id", "text"}</c> in, one line <c>{"id", "danger", "kinds", "cues"}</c>
/// out, with exactly the detector the intake uses. A bad line gets <c>{"id", "error"}</c> and the rest still runs.
/// </summary>
internal sealed class DangerCommand(AcuteDangerDetector detector) : IAdminCommand
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken) =>
        JsonLinesLoop.RunAsync(input, output, (line, number) => Task.FromResult(Handle(line, number).ToJsonString(Output)),
            number => new JsonObject { ["error"] = $"input could not be read at line {number}" }.ToJsonString(Output), cancellationToken);

    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Input, commandLine.Output, cancellationToken);

    private JsonObject Handle(string line, int lineNumber)
    {
        JsonNode? id = lineNumber;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject request) return Error(id, "each line must be a JSON object");
            if (request["id"] is JsonValue given && given.GetValueKind() is JsonValueKind.String or JsonValueKind.Number) id = given.DeepClone();
            if (request["text"] is not JsonValue value || value.GetValueKind() != JsonValueKind.String) return Error(id, "missing \"text\" (a string)");
            var finding = detector.Detect(value.GetValue<string>());
            return new JsonObject
            {
                ["id"] = id,
                ["danger"] = finding.Found,
                ["kinds"] = new JsonArray([.. DangerKinds.Names(finding.Kinds).Select(k => (JsonNode)JsonValue.Create(k))]),
                ["cues"] = new JsonArray([.. finding.Cues.Select(c => (JsonNode)JsonValue.Create(c))]),
            };
        }
        catch (JsonException e)
        {
            return Error(id, $"not valid JSON: {e.Message}");
        }
    }

    private static JsonObject Error(JsonNode? id, string message) => new() { ["id"] = id, ["error"] = message };
}

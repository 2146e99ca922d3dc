using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Commands;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Hosting;

namespace CasuistiekBot.Routing;

// Admin command `route`: JSON Lines in ({"id","text"} plus optional intake fields), one suggestion line out per input.
internal sealed class RouteCommand(RouteSuggester suggester, IRouteRefiner? refiner = null) : IAdminCommand
{
    private static readonly JsonSerializerOptions Output = new()
    {
        // Readable Dutch in a terminal; the output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(input, output, refiner, cancellationToken);

    // Only with --ai may route suggestions go to the configured language model (scrubbed first).
    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Input, commandLine.Output, commandLine.Has("--ai") ? refiner : null, cancellationToken);

    private Task<int> RunAsync(TextReader input, TextWriter output, IRouteRefiner? refineWith, CancellationToken cancellationToken) =>
        JsonLinesLoop.RunAsync(input, output, async (line, number) => (await HandleAsync(line, number, refineWith, cancellationToken)).ToJsonString(Output),
            number => new JsonObject { ["error"] = $"input could not be read at line {number}" }.ToJsonString(Output), cancellationToken);

    private async Task<JsonObject> HandleAsync(string line, int lineNumber, IRouteRefiner? refineWith, CancellationToken cancellationToken)
    {
        JsonNode? id = lineNumber;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject request) return Error(id, "each line must be a JSON object");
            if (request["id"] is JsonValue given && (given.GetValueKind() is JsonValueKind.String or JsonValueKind.Number)) id = given.DeepClone();
            if (Text(request, "text") is not { Length: > 0 } text) return Error(id, "\"text\" is missing or empty");
            CasusWish? wish = null;
            if (Text(request, "wants") is { } wants)
            {
                if (!CasusWishes.TryParse(wants, out var parsed)) return Error(id, $"\"wants\" must be one of: {string.Join(", ", CasusWishes.Names)}");
                wish = parsed;
            }
            var language = Languages.FromLocale(Text(request, "language"));
            var casus = new CasusText(text, Text(request, "situation"), Text(request, "whatChafes"), Text(request, "whatWasTried"), wish);
            var suggestion = suggester.Suggest(casus, language);
            if (refineWith is not null) suggestion = await refineWith.RefineAsync(casus, suggestion, language, cancellationToken);
            return Result(id, suggestion);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return Error(id, $"not valid JSON: {e.Message}");
        }
    }

    private static string? Text(JsonObject request, string name) =>
        request[name] switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => throw new FormatException($"\"{name}\" must be a string"),
        };

    private static JsonObject Result(JsonNode? id, RouteSuggestion suggestion) => new()
    {
        ["id"] = id,
        ["routes"] = new JsonArray([.. suggestion.Routes.Select(r => (JsonNode)new JsonObject
        {
            ["route"] = r.RouteId,
            ["score"] = r.Score,
            ["reason"] = r.Reason,
        })]),
        ["themes"] = new JsonArray([.. suggestion.Themes.Select(t => (JsonNode)JsonValue.Create(t))]),
    };

    private static JsonObject Error(JsonNode? id, string message) => new() { ["id"] = id, ["error"] = message };
}

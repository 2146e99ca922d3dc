using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Commands;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Intake;

/// <summary>
/// The admin command <c>story</c>: JSON Lines <c>{"id","story","today","lang"}</c> in, one line per story out with what
/// the story step reads (<c>wish</c>, <c>deadline</c> as a date or <c>"none"</c>, <c>orgUnit</c>, <c>chafes</c>,
/// <c>tried</c>) and the questions the intake would still ask (<c>asks</c>; <c>chafesTried</c> is the one question
/// for both when the story says neither). It scrubs and reads exactly as the story
/// step does (<see cref="StoryValidator"/>), without the language model.
/// </summary>
internal sealed class StoryCommand(PersonalDataScrubber scrubber) : IAdminCommand
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Questions = ["situation", IntakeDraft.ChafesAndTried, "chafes", "tried", "wish", "deadline", "unit"];

    public Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken) =>
        JsonLinesLoop.RunAsync(input, output, (line, number) => Task.FromResult(Handle(line, number).ToJsonString(Output)),
            number => new JsonObject { ["error"] = $"input could not be read at line {number}" }.ToJsonString(Output), cancellationToken);

    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Input, commandLine.Output, cancellationToken);

    public JsonObject Handle(string line, int lineNumber)
    {
        JsonNode? id = lineNumber;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject request) return Error(id, "each line must be a JSON object");
            if (request["id"] is JsonValue given && given.GetValueKind() is JsonValueKind.String or JsonValueKind.Number) id = given.DeepClone();
            if (Text(request, "story") is not { Length: > 0 } story) return Error(id, "missing \"story\" (a string)");
            if (!DateOnly.TryParseExact(Text(request, "today"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            {
                return Error(id, "\"today\" must be a date as yyyy-mm-dd");
            }
            var language = Text(request, "lang") == "en" ? "en" : "nl";
            var draft = StoryReader.Read(scrubber.Scrub(story, ScrubMemory.Create()).Text, today, language);
            return new JsonObject
            {
                ["id"] = id?.DeepClone(),
                ["wish"] = draft.Wish,
                ["deadline"] = draft.NoDeadline ? "none" : draft.For("deadline"),
                ["orgUnit"] = draft.Unit,
                ["chafes"] = draft.Chafes is not null,
                ["tried"] = draft.Tried is not null,
                ["asks"] = new JsonArray([.. Questions.Where(draft.Asks).Select(q => (JsonNode)JsonValue.Create(q)!), JsonValue.Create("visibility")]),
            };
        }
        catch (JsonException)
        {
            return Error(id, "invalid JSON");
        }
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static JsonObject Error(JsonNode? id, string message) => new() { ["id"] = id?.DeepClone(), ["error"] = message };
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Commands;

namespace CasuistiekBot.Understanding;

/// <summary>
/// The admin command <c>understand</c>: JSON Lines <c>{"id","kind","question","answer","today","options","multiple"}</c>
/// in, one line per input out: <c>{"id","date"}</c>, <c>{"id","none":true}</c>, <c>{"id","value"}</c>,
/// <c>{"id","values"}</c>, <c>{"id","ambiguous":true}</c> (the bot would ask back) or <c>{"id","unknown":true}</c> (it
/// would ask again). It reads through the same interpreter as the dialogs, with a choice question's synonyms from the
/// flow whose step has the same options.
/// </summary>
internal sealed class UnderstandCommand(UnderstandingInterpreter interpreter, FlowCatalog? flows = null) : IAdminCommand
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
            var kind = Text(request, "kind");
            var answer = Text(request, "answer") ?? "";
            var question = Text(request, "question") ?? "";
            if (!DateOnly.TryParseExact(Text(request, "today"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            {
                return Error(id, "\"today\" must be a date as yyyy-mm-dd");
            }
            var language = Text(request, "language") is { } locale ? Languages.FromLocale(locale) : QuestionLanguage.Of(question);
            var step = kind switch
            {
                "date" => Step(StepKind.Date) with { Optional = true },
                "yesno" => Step(StepKind.Confirm),
                "choice" => ChoiceStep(request),
                _ => null,
            };
            if (step is null) return Error(id, "\"kind\" must be date, choice or yesno; a choice needs \"options\" with \"value\" and \"label\"");
            var read = interpreter.Interpret(step, answer, new AnswerContext(today, language, []));
            return Result(id, kind!, read);
        }
        catch (JsonException)
        {
            return Error(id, "invalid JSON");
        }
    }

    private static JsonObject Result(JsonNode? id, string kind, AnswerInterpretation? read)
    {
        var result = new JsonObject { ["id"] = id?.DeepClone() };
        switch (read?.Kind)
        {
            case AnswerInterpretationKind.AskBack:
                result["ambiguous"] = true;
                break;
            case AnswerInterpretationKind.Recognized when kind == "date":
                if (read.Value.Length == 0) result["none"] = true;
                else result["date"] = read.Value;
                break;
            case AnswerInterpretationKind.Recognized when kind == "yesno":
                result["value"] = read.Value == "true";
                break;
            case AnswerInterpretationKind.Recognized when read.Value.Split(',') is { Length: > 1 } values:
                result["values"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
                break;
            case AnswerInterpretationKind.Recognized:
                result["value"] = read.Value;
                break;
            default:
                result["unknown"] = true;
                break;
        }
        return result;
    }

    // The intake's own step when a flow asks the same options, so that its synonyms count as they do in the chat.
    private FlowStep? ChoiceStep(JsonObject request)
    {
        if (request["options"] is not JsonArray options || options.Count == 0) return null;
        var choices = new List<FlowChoice>();
        foreach (var option in options)
        {
            if (option is not JsonObject o || Text(o, "value") is not { Length: > 0 } value) return null;
            var label = Text(o, "label") ?? value;
            choices.Add(new FlowChoice(value, new LocalizedText(label, label), []));
        }
        var multiple = request["multiple"] is JsonValue m && m.GetValueKind() == JsonValueKind.True;
        var known = flows?.Flows.SelectMany(f => f.Steps)
            .FirstOrDefault(s => s.Kind == StepKind.Choice && s.Choices.Select(c => c.Value).Order().SequenceEqual(choices.Select(c => c.Value).Order()));
        // Input order counts for "de tweede"; the flow's titles and synonyms count as they do in the chat.
        var ordered = choices
            .Select(c => known?.Choices.First(k => k.Value == c.Value) is { } k ? k with { Synonyms = [.. k.Synonyms, c.Title.Nl] } : c)
            .ToList();
        return Step(StepKind.Choice) with { Choices = ordered, Multiple = multiple };
    }

    private static FlowStep Step(StepKind kind) => new()
    {
        Id = "answer",
        Index = 0,
        Kind = kind,
        Prompt = new LocalizedText("", ""),
    };

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static JsonObject Error(JsonNode? id, string message) => new() { ["id"] = id?.DeepClone(), ["error"] = message };
}

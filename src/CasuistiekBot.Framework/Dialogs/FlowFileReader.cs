using System.Text.Json;
using System.Text.Json.Serialization;

namespace CasuistiekBot.Framework.Dialogs;

// Parses one flow file and reports every problem it finds, each prefixed with the file name.
internal static class FlowFileReader
{
    public const string Extension = ".flow.json";

    // Unknown properties are errors: a misspelt "optinal" must not silently make a step required.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static FlowDefinition? Read(string path, List<string> problems)
    {
        var fileName = Path.GetFileName(path);
        FlowFile? file;
        try
        {
            file = JsonSerializer.Deserialize<FlowFile>(File.ReadAllText(path), Options);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Split(" Path:", 2)[0];
            problems.Add($"{fileName}: not a valid flow file at {ex.Path ?? "$"} (line {(ex.LineNumber ?? 0) + 1}): {reason}");
            return null;
        }
        if (file is null)
        {
            problems.Add($"{fileName}: the file holds no flow object");
            return null;
        }

        var before = problems.Count;
        var flow = FlowFileValidator.Validate(file, fileName[..^Extension.Length], msg => problems.Add($"{fileName}: {msg}"));
        return problems.Count == before ? flow with { SourceFile = fileName } : null;
    }
}

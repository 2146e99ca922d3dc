using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Localization;
using CasuistiekBot.Testing;
using CasuistiekBot.Understanding;

namespace CasuistiekBot.Tests.Understanding;

/// <summary>
/// Runs a part of the evaluation set through the <c>understand</c> command, in process, and counts how each answer fared:
/// correct, asked back where an answer was expected, asked again, or wrong (a value that was not the expected one, or
/// a value where the bot should have asked).
/// </summary>
internal sealed class UnderstandEvaluation
{
    public int Correct { get; private set; }
    public int AskedBack { get; private set; }
    public int Reasked { get; private set; }
    public int Wrong { get; private set; }
    public int Total => Correct + AskedBack + Reasked + Wrong;
    public List<string> Misses { get; } = [];

    public static string PathOf(string part) => Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Tests", "Understanding", $"understand-{part}.jsonl");

    public static UnderstandEvaluation Run(string part)
    {
        var command = new UnderstandCommand(new UnderstandingInterpreter(new Texts()), FlowCatalog.Load(Path.Combine(RepositoryPaths.Root, "dialogs")));
        var evaluation = new UnderstandEvaluation();
        var number = 0;
        foreach (var line in File.ReadLines(PathOf(part)).Where(l => l.Trim().Length > 0))
        {
            var expected = JsonNode.Parse(line)!.AsObject();
            var actual = command.Handle(line, ++number);
            evaluation.Add(expected, actual);
        }
        return evaluation;
    }

    private void Add(JsonObject item, JsonObject actual)
    {
        var expect = item["expect"]!.AsObject();
        var want = Key(expect);
        var got = Key(actual);
        if (want == got) Correct++;
        else if (got == "ambiguous") AskedBack++;
        else if (got == "unknown") Reasked++;
        else Wrong++;
        if (want != got) Misses.Add($"{item["id"]}: \"{item["answer"]}\" expected {want}, got {got}");
    }

    // One comparable string per answer; a single value and a list of one are the same answer.
    private static string Key(JsonObject o)
    {
        if (o["error"] is { } error) return "error " + error;
        if (o["ambiguous"] is not null) return "ambiguous";
        if (o["unknown"] is not null) return "unknown";
        if (o["none"] is not null) return "none";
        if (o["date"] is { } date) return "date " + date;
        if (o["values"] is JsonArray values) return "value " + string.Join(",", values.Select(v => v!.ToString()).Order());
        return "value " + o["value"]!.ToJsonString().Trim('"');
    }

    public string Report(string part) =>
        $"{part}: {Total} answers; correct {Correct}, asked back {AskedBack}, re-asked {Reasked}, wrong {Wrong}\n"
        + string.Concat(Misses.Select(m => $"  {m}\n"));
}

using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Localization;
using CasuistiekBot.Testing;
using CasuistiekBot.Understanding;

namespace CasuistiekBot.Tests.Understanding;

public sealed class UnderstandCommandTests
{
    [Fact]
    public async Task Each_input_line_gets_one_answer_line_in_the_documented_shape()
    {
        var input = string.Join('\n',
            """{"id":"d1","kind":"date","question":"Is er haast?","answer":"uiterlijk donderdag","today":"2026-11-02"}""",
            """{"id":"d2","kind":"date","question":"Is er haast?","answer":"het heeft geen haast","today":"2026-11-02"}""",
            """{"id":"d3","kind":"date","question":"Is it urgent?","answer":"3/4","today":"2026-11-02"}""",
            "",
            """{"id":"c1","kind":"choice","question":"Welke thema's?","answer":"kinderen en geld","today":"2026-11-02","multiple":true,"options":[{"value":"kinderen","label":"Belang van kinderen"},{"value":"geld","label":"Schulden en geld"}]}""",
            """{"id":"c2","kind":"choice","question":"Wat wil je bereiken?","answer":"de laatste","today":"2026-11-02","options":[{"value":"advies","label":"Advies"},{"value":"gehoord-worden","label":"Gehoord worden"}]}""",
            """{"id":"y1","kind":"yesno","question":"Klopt deze samenvatting?","answer":"ja, alleen de datum klopt niet","today":"2026-11-02"}""",
            """{"id":"y2","kind":"yesno","question":"Klopt het?","answer":"jazeker","today":"2026-11-02"}""",
            """{"id":"y3","kind":"yesno","question":"Klopt het?","answer":"misschien","today":"2026-11-02"}""",
            """{"id":"x","kind":"guess","answer":"?","today":"2026-11-02"}""",
            "not json");
        var output = new StringWriter();

        var exit = await Command().RunAsync(new StringReader(input), output, CancellationToken.None);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.ToJsonString()).ToList();
        Assert.Equal(
        [
            """{"id":"d1","date":"2026-11-05"}""",
            """{"id":"d2","none":true}""",
            """{"id":"d3","ambiguous":true}""",
            """{"id":"c1","values":["kinderen","geld"]}""",
            """{"id":"c2","value":"gehoord-worden"}""",
            """{"id":"y1","ambiguous":true}""",
            """{"id":"y2","value":true}""",
            """{"id":"y3","unknown":true}""",
            """{"id":"x","error":"\u0022kind\u0022 must be date, choice or yesno; a choice needs \u0022options\u0022 with \u0022value\u0022 and \u0022label\u0022"}""",
            """{"id":11,"error":"invalid JSON"}""",
        ], lines);
    }

    [Fact]
    public void An_intake_question_is_read_with_the_synonyms_of_its_flow()
    {
        var line = """{"id":"w","kind":"choice","question":"Wat wil je met je casus bereiken?","answer":"ik wil vooral mijn verhaal kwijt","today":"2026-11-02","options":[{"value":"advies","label":"Advies over de casus"},{"value":"gedeeld-beeld","label":"Een gedeeld beeld"},{"value":"signaal-agenderen","label":"Een signaal agenderen"},{"value":"gehoord-worden","label":"Vooral gehoord worden"}]}""";

        Assert.Equal("""{"id":"w","value":"gehoord-worden"}""", Command().Handle(line, 1).ToJsonString());
    }

    private static UnderstandCommand Command() =>
        new(new UnderstandingInterpreter(new Texts()), FlowCatalog.Load(Path.Combine(RepositoryPaths.Root, "dialogs")));
}

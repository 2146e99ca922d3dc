using System.Text.Json;
using CasuistiekBot.Routing;

namespace CasuistiekBot.Tests.Routing;

public sealed class RouteCommandTests
{
    private static readonly RouteCommand Command = new(new RouteSuggester(RoutingTable.Default()));

    [Fact]
    public async Task Each_input_line_gets_one_line_with_all_routes_best_first_and_the_themes()
    {
        var input = new StringReader("""
            {"id": "c-1", "text": "Mijn teamleider pest mij en scheldt mij uit."}

            {"id": 7, "text": "Hoe moeten we het overgangsrecht lezen bij deze asielaanvraag?", "wants": "advies", "language": "en-US"}
            """);
        var output = new StringWriter();

        var exitCode = await Command.RunAsync(input, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var lines = Lines(output);
        Assert.Equal(2, lines.Count);
        Assert.Equal("c-1", lines[0].GetProperty("id").GetString());
        var routes = lines[0].GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(9, routes.Count);
        Assert.Equal("vertrouwenspersoon", routes[0].GetProperty("route").GetString());
        Assert.StartsWith("signaalwoorden:", routes[0].GetProperty("reason").GetString());
        var scores = routes.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Contains("sociale-veiligheid", lines[0].GetProperty("themes").EnumerateArray().Select(t => t.GetString()));

        Assert.Equal(7, lines[1].GetProperty("id").GetInt32());
        var legal = lines[1].GetProperty("routes")[0];
        Assert.Equal("juridische-zaken", legal.GetProperty("route").GetString());
        Assert.StartsWith("signal words:", legal.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_bad_line_gets_an_error_and_the_run_continues()
    {
        var input = new StringReader(string.Join('\n',
            "{not json",
            """{"id": "no-text"}""",
            """["an", "array"]""",
            """{"id": "bad-wish", "text": "iets", "wants": "koffie"}""",
            """{"id": "text-number", "text": 42}""",
            """{"id": "ok", "text": "De werkdruk is te hoog."}"""));
        var output = new StringWriter();

        var exitCode = await Command.RunAsync(input, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var lines = Lines(output);
        Assert.Equal(6, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("id").GetInt32());
        Assert.StartsWith("not valid JSON", lines[0].GetProperty("error").GetString());
        Assert.Equal("no-text", lines[1].GetProperty("id").GetString());
        Assert.Equal("\"text\" is missing or empty", lines[1].GetProperty("error").GetString());
        Assert.Equal(3, lines[2].GetProperty("id").GetInt32());
        Assert.Contains("must be one of: advies", lines[3].GetProperty("error").GetString());
        Assert.Contains("\"text\" must be a string", lines[4].GetProperty("error").GetString());
        Assert.Equal("lijn", lines[5].GetProperty("routes")[0].GetProperty("route").GetString());
    }

    [Fact]
    public async Task Input_that_cannot_be_read_gives_a_non_zero_exit_code()
    {
        var output = new StringWriter();

        var exitCode = await Command.RunAsync(new BrokenReader(), output, CancellationToken.None);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("input could not be read", Lines(output).Single().GetProperty("error").GetString());
    }

    private static List<JsonElement> Lines(StringWriter output) =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    private sealed class BrokenReader : TextReader
    {
        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => throw new IOException("disk gone");
    }
}

using CasuistiekBot.Routing;

namespace CasuistiekBot.Tests.Routing;

public sealed class RoutesValidateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("routes-validate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_shipped_default_table_is_valid()
    {
        var output = new StringWriter();

        var exitCode = await new RoutesValidateCommand().RunAsync(RoutingTableLoader.DefaultFile, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Contains("valid, 9 routes and", output.ToString());
    }

    [Fact]
    public async Task A_broken_table_lists_each_problem_with_its_location_and_fails()
    {
        var file = Write("broken.json", RoutingTableBuilder.ValidTableJson
            .Replace("\"id\": \"beta\"", "\"id\": \"alpha\"")
            .Replace("\"en\": \"Alpha\"", "\"en\": \"\"")
            .Replace("\"term\": \"peer\", \"weight\": 2", "\"term\": \"peer\", \"weight\": 12"));
        var output = new StringWriter();

        var exitCode = await new RoutesValidateCommand().RunAsync(file, output, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{file}: routes[0] (alpha).name.en: English text is missing", lines);
        Assert.Contains($"{file}: routes[1] (alpha).id: duplicate route id 'alpha'", lines);
        Assert.Contains(lines, l => l.StartsWith($"{file}: routes[1] (alpha).signals[0].weight: 12 is outside", StringComparison.Ordinal));
        Assert.Equal($"{file}: invalid, 3 problem(s)", lines[^1]);
    }

    [Fact]
    public async Task Malformed_json_and_unknown_properties_are_reported_with_line_and_column()
    {
        var malformed = Write("malformed.json", "{\n  \"routes\": [\n    { \"id\": \"alpha\" \n  ]\n}");
        var misspelt = Write("misspelt.json", RoutingTableBuilder.ValidTableJson.Replace("\"signals\": [ { \"term\": \"peer\"", "\"signal\": [ { \"term\": \"peer\""));
        var output = new StringWriter();

        Assert.Equal(1, await new RoutesValidateCommand().RunAsync(malformed, output, CancellationToken.None));
        Assert.Equal(1, await new RoutesValidateCommand().RunAsync(misspelt, output, CancellationToken.None));

        var text = output.ToString();
        Assert.Contains($"{malformed}: line 4, column", text);
        Assert.Contains($"{misspelt}: line", text);
        Assert.Contains("signal", text);
    }

    [Theory]
    [InlineData("\"routes\": null", "routes: must be a list, not null")]
    [InlineData("\"routes\": [ null ]", "routes[0]: is null")]
    [InlineData("\"themes\": null", "themes: must be a list, not null")]
    [InlineData("\"themes\": [ null ]", "themes[0]: is null")]
    [InlineData("\"signals\": null", "routes[0] (alpha).signals: must be a list, not null")]
    [InlineData("\"signals\": [ null ]", "routes[0] (alpha).signals[0]: is null")]
    [InlineData("\"wishes\": null", "routes[0] (alpha).wishes: must be an object, not null")]
    [InlineData("\"context\": null", "routes[0] (alpha).context: must be a list, not null")]
    [InlineData("\"name\": null", "routes[0] (alpha).name.nl: Dutch text is missing")]
    public async Task A_json_null_anywhere_is_a_problem_at_its_location_not_a_crash(string nulled, string expected)
    {
        var file = Write("nulls.json", WithNull(nulled));
        var output = new StringWriter();

        var exitCode = await new RoutesValidateCommand().RunAsync(file, output, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{file}: {expected}", output.ToString().Split(Environment.NewLine));
    }

    [Fact]
    public async Task A_missing_file_fails()
    {
        var output = new StringWriter();
        var missing = Path.Combine(_directory, "nope.json");

        Assert.Equal(1, await new RoutesValidateCommand().RunAsync(missing, output, CancellationToken.None));
        Assert.Contains("does not exist", output.ToString());
    }

    // The valid table with one property of the first route (or of the table) replaced by a null.
    internal static string WithNull(string nulled)
    {
        var property = nulled[..(nulled.IndexOf(':') + 1)];
        var json = RoutingTableBuilder.ValidTableJson;
        return property switch
        {
            "\"routes\":" => "{ " + nulled + ", \"themes\": [] }",
            "\"themes\":" => json.Replace("\"themes\": [ { \"id\": \"fruit\", \"name\": { \"nl\": \"Fruit\", \"en\": \"Fruit\" }, \"signals\": [ { \"term\": \"appel\" } ] } ]", nulled),
            "\"signals\":" => json.Replace("\"signals\": [ { \"term\": \"appel\", \"weight\": 2 } ]", nulled),
            "\"name\":" => json.Replace("\"name\": { \"nl\": \"Alfa\", \"en\": \"Alpha\" }", nulled),
            _ => json.Replace("{ \"id\": \"alpha\",", "{ \"id\": \"alpha\", " + nulled + ","),
        };
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}

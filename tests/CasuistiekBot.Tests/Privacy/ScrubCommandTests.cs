using System.Text.Json;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Tests.Privacy;

public sealed class ScrubCommandTests
{
    private static async Task<(int ExitCode, List<JsonElement> Lines)> Run(string input)
    {
        var output = new StringWriter();
        var exitCode = await new ScrubCommand(Scrub.Scrubber).RunAsync(new StringReader(input), output, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        return (exitCode, lines);
    }

    [Fact]
    public async Task Each_good_line_gets_its_scrubbed_text_and_what_was_found()
    {
        var (exitCode, lines) = await Run(
            """
            {"id": "a", "text": "Mevrouw Abdi, BSN 725763863."}
            {"id": "b", "text": "Mevrouw Osei belt op 06-12345678."}
            """);

        Assert.Equal(0, exitCode);
        Assert.Equal(2, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("Mevrouw [NAAM-1], BSN [BSN-1].", lines[0].GetProperty("text").GetString());
        Assert.Equal("""[{"kind":"NAAM","placeholder":"[NAAM-1]"},{"kind":"BSN","placeholder":"[BSN-1]"}]""", lines[0].GetProperty("found").GetRawText());
        Assert.Equal("Mevrouw [NAAM-1] belt op [TELEFOON-1].", lines[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_bad_line_reports_an_error_and_the_rest_still_runs()
    {
        var (exitCode, lines) = await Run(
            """
            {"id": "a", "text": "geen persoonsgegevens"}
            {not json
            {"id": 7}
            {"id": "d", "text": 12}

            [1, 2]
            {"text": "meneer Demir"}
            """);

        Assert.Equal(0, exitCode);
        Assert.Equal(6, lines.Count);
        Assert.Equal("geen persoonsgegevens", lines[0].GetProperty("text").GetString());
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.Contains("text", lines[2].GetProperty("error").GetString());
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        Assert.True(lines[4].TryGetProperty("error", out _));
        Assert.Equal(7, lines[5].GetProperty("id").GetInt32());
        Assert.Equal("meneer [NAAM-1]", lines[5].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Empty_input_writes_nothing_and_succeeds()
    {
        var (exitCode, lines) = await Run("");

        Assert.Equal(0, exitCode);
        Assert.Empty(lines);
    }

    [Fact]
    public async Task Input_that_cannot_be_read_fails_the_command()
    {
        var output = new StringWriter();

        var exitCode = await new ScrubCommand(Scrub.Scrubber).RunAsync(new BrokenReader(), output, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("error", output.ToString());
    }

    private sealed class BrokenReader : TextReader
    {
        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => throw new IOException("disk gone");
    }
}

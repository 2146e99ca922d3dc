using System.Text.Json;
using CasuistiekBot.Safety;

namespace CasuistiekBot.Tests.Safety;

public sealed class DangerCommandTests
{
    [Fact]
    public async Task Each_input_line_gets_one_line_with_what_the_detector_found_and_a_bad_line_gets_an_error()
    {
        var input = new StringReader("""
            {"id": "a", "text": "Hij zei dat hij zichzelf van het leven wil beroven."}
            {"id": 2, "text": "Er is geen sprake van geweld."}
            not json
            """);
        var output = new StringWriter();

        var exitCode = await new DangerCommand(new AcuteDangerDetector()).RunAsync(input, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.True(lines[0].GetProperty("danger").GetBoolean());
        Assert.Equal(["suicide"], lines[0].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.False(lines[1].GetProperty("danger").GetBoolean());
        Assert.Equal(3, lines[2].GetProperty("id").GetInt32());
        Assert.True(lines[2].TryGetProperty("error", out _));
    }
}

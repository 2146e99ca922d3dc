using CasuistiekBot.Intake;
using CasuistiekBot.Privacy;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Tests.Intake;

public sealed class StoryCommandTests
{
    [Fact]
    public async Task The_story_command_says_what_it_read_and_what_it_would_still_ask()
    {
        var command = new StoryCommand(new PersonalDataScrubber(
            Microsoft.Extensions.Options.Options.Create(new PrivacyOptions { FingerprintKey = "story-command-key-0123456789" }), DutchWordList.Load("/nonexistent/nederlands")));
        var input = new StringReader("""
            {"id":"a","today":"2026-01-12","lang":"nl","story":"Ik werk bij de IND, directie Regie. Mevrouw Jansen moet weg, dat voelt oneerlijk. De beslistermijn verloopt op 30 januari. Wat moet ik doen?"}
            {"id":"b","story":"geen datum"}
            """);
        var output = new StringWriter();

        await command.RunAsync(input, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("""{"id":"a","wish":"advies","deadline":"2026-01-30","orgUnit":"IND, directie Regie","chafes":true,"tried":false,"asks":["situation","visibility"]}""", lines[0].Trim());
        Assert.Contains("\"error\"", lines[1]);
    }
}

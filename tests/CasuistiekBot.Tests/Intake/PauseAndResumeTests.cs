using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Intake;

public sealed class PauseAndResumeTests
{
    [Fact]
    public async Task A_paused_intake_continues_after_the_app_restarts()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("casuistiek-restart-").FullName, "bot.db");
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CasuistiekDb"] = $"Data Source={database}" };

        await using (var first = await BotApp.StartAsync(extra: settings))
        {
            await first.SayAsync("nieuwe casus");
            await first.SayAsync("Een gezin wacht al twee jaar op een besluit en de kinderen gaan er psychisch aan onderdoor. Dat schuurt.");
            Assert.Contains("'verder'", (await first.SayAsync("pauze")).Texts());
        }

        await using var second = await BotApp.StartAsync(extra: settings);
        var resumed = await second.SayAsync("verder");

        // The short story did not describe the situation, so that was the question the intake paused at.
        Assert.Contains("Kun je de situatie", resumed.Texts());
    }
}

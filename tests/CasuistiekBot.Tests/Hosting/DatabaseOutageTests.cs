using System.Net;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CasuistiekBot.Tests.Hosting;

public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task A_turn_that_cannot_reach_the_database_gets_503_and_runs_when_redelivered()
    {
        var directory = Directory.CreateTempSubdirectory("casuistiek-outage-").FullName;
        var database = Path.Combine(directory, "bot.db");
        await using var app = await BotApp.StartAsync(extra: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CasuistiekDb"] = $"Data Source={database}",
            ["Database:SqliteBusyTimeout"] = "00:00:01",
        });
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/readyz")).StatusCode);
        var activity = app.Message("hallo");

        HttpResponseMessage during;
        await using (var blocker = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await blocker.OpenAsync();
            await using (var exclusive = blocker.CreateCommand())
            {
                exclusive.CommandText = "BEGIN EXCLUSIVE;";
                await exclusive.ExecuteNonQueryAsync();
            }
            during = await app.PostAsync(activity);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(during.Headers.Contains("Retry-After"));
        // Typing indicators may have gone out while the turn waited for the database; no answer may have.
        Assert.DoesNotContain(app.Connector.Activities, a => a.Type == ActivityTypes.Message);

        var redelivered = await app.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(2, (await app.WaitForMessagesAsync(2)).Count);
    }
}

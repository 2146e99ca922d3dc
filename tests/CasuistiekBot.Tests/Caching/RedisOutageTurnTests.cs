using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CasuistiekBot.Caching;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Auth;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Caching;

/// <summary>The real app with the Redis option wired the way Program.cs wires it: last, after storage and the pipeline.</summary>
public sealed class RedisOutageTurnTests
{
    [RequiresServiceFact(RedisTestInstances.EnvironmentVariable)]
    public async Task A_turn_while_Redis_is_down_gets_503_and_runs_when_redelivered_after_Redis_is_back()
    {
        await using var server = await PrivateRedisServer.StartAsync();
        await using var connector = await FakeConnectorServer.StartAsync();
        await using var issuer = await TestTokenIssuer.StartAsync();
        var data = Directory.CreateTempSubdirectory("casuistiek-redis-turn-").FullName;
        var settings = new Dictionary<string, string?>(issuer.AppConfiguration())
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:CasuistiekDb"] = $"Data Source={Path.Combine(data, "bot.db")}",
            ["ConnectionStrings:Redis"] = server.ConnectionString,
            ["Redis:KeyPrefix"] = $"test:{Guid.NewGuid():N}:",
            ["Redis:ReconnectInterval"] = "00:00:00.5",
            ["ToChannelFromBotLoginUrl"] = connector.LoginUrl,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Test");
            // The app's own Program wires Redis from ConnectionStrings:Redis.
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });
        using var client = factory.CreateClient();
        Assert.IsType<RedisStateStore>(factory.Services.GetRequiredService<IStateStore>());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, issuer, Message(connector, "hallo"))).StatusCode);
        var answered = await WaitForMessagesAsync(connector, 1);

        await server.StopAsync();
        var activity = Message(connector, "hallo");
        var during = await PostAsync(client, issuer, activity);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(during.Headers.Contains("Retry-After"));
        Assert.Equal(answered, Messages(connector).Count);

        await server.RestartAsync();
        HttpStatusCode redelivered = default;
        await Eventually.TrueAsync(async () => (redelivered = (await PostAsync(client, issuer, activity)).StatusCode) != HttpStatusCode.ServiceUnavailable,
            "the redelivered turn kept getting 503 after Redis was back", TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, redelivered);
        await WaitForMessagesAsync(connector, answered + 1);
        try { Directory.Delete(data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static Activity Message(FakeConnectorServer connector, string text) =>
        TestActivities.Message(text) with { ServiceUrl = connector.ServiceUrl };

    private static List<Activity> Messages(FakeConnectorServer connector) =>
        connector.Activities.Where(a => a.Type == ActivityTypes.Message).ToList();

    private static async Task<int> WaitForMessagesAsync(FakeConnectorServer connector, int atLeast)
    {
        await Eventually.TrueAsync(() => Task.FromResult(Messages(connector).Count >= atLeast), $"expected {atLeast} messages from the bot");
        return Messages(connector).Count;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, TestTokenIssuer issuer, Activity activity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.CreateChannelToken(TestTokenIssuer.DefaultAppId, activity.ServiceUrl!));
        return client.SendAsync(request);
    }
}

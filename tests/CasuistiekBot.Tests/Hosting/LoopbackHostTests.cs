using System.Net;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>
/// DNS rebinding: a web page the developer visits can make the browser post to 127.0.0.1, but with the page's own host
/// name in the Host header. A bot without an app id serves only requests addressed to the loopback names.
/// </summary>
public sealed class LoopbackHostTests
{
    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:3978")]
    [InlineData("127.0.0.1.attacker.example")]
    [InlineData("localhost.attacker.example:3978")]
    public async Task Without_an_app_id_a_request_for_another_host_gets_400_and_runs_no_turn(string host)
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var response = await SendAsync(app, host);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(app.Connector.Activities);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:3978")]
    [InlineData("[::1]:3978")]
    [InlineData("LOCALHOST:40123")]
    public async Task Without_an_app_id_a_request_for_a_loopback_name_is_served(string host)
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var response = await SendAsync(app, host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await app.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task Without_an_app_id_the_health_endpoints_answer_other_hosts_with_400_too()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = "attacker.example";

        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_registered_bot_answers_its_public_host_name()
    {
        await using var app = await BotApp.StartAsync();

        var response = await SendAsync(app, "casuistiek.example.nl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unauthenticated_bot_opened_to_the_network_on_purpose_answers_any_host()
    {
        await using var app = await BotApp.StartAsync(authenticated: false, extra: new Dictionary<string, string?> { ["Bot:AllowUnauthenticatedOnNetwork"] = "true" });

        var response = await SendAsync(app, "bot.intern.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_registered_bot_refuses_to_start_in_the_development_environment()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotApp.StartAsync(environment: "Development"));

        Assert.Contains("ASPNETCORE_ENVIRONMENT is Development", error.ToString());
    }

    private static Task<HttpResponseMessage> SendAsync(BotApp app, string host)
    {
        var activity = app.Message("hallo");
        var token = app.Issuer is null ? null : app.ChannelToken(activity);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(activity, Framework.Schema.BotJson.Options), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = host;
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return app.Client.SendAsync(request);
    }
}

using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Connector;
using Microsoft.AspNetCore.WebUtilities;

namespace CasuistiekBot.Framework.Tests.Connector;

public sealed class ConnectorTokenTests
{
    [Fact]
    public async Task A_token_is_requested_once_with_client_credentials_and_reused()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.SendAsync("Een");
        await harness.SendAsync("Twee");

        var tokenRequest = Assert.Single(harness.Server.TokenRequests);
        Assert.Equal($"/{ConnectorHarness.TenantId}/oauth2/v2.0/token", tokenRequest.Path);
        var form = QueryHelpers.ParseQuery(tokenRequest.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ConnectorHarness.AppId, form["client_id"]);
        Assert.Equal("not-a-real-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.All(harness.Server.Requests, r => Assert.Equal("Bearer fake-token-1", r.Authorization));
    }

    [Fact]
    public async Task A_multi_tenant_bot_gets_its_token_from_the_botframework_tenant()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppType"] = "MultiTenant" });

        await harness.SendAsync("Een");

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(harness.Server.TokenRequests).Path);
    }

    [Fact]
    public async Task The_token_is_refreshed_shortly_before_it_expires()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        await using var harness = await ConnectorHarness.StartAsync(time: clock);

        await harness.SendAsync("Om negen uur");
        clock.Advance(TimeSpan.FromMinutes(50));
        await harness.SendAsync("Tien minuten voor tienen");
        clock.Advance(TimeSpan.FromMinutes(6));
        await harness.SendAsync("Vier minuten voor tienen");

        Assert.Equal(2, harness.Server.TokenRequests.Count);
        Assert.Equal(["Bearer fake-token-1", "Bearer fake-token-1", "Bearer fake-token-2"], harness.Server.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Concurrent_sends_share_one_token_request()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => harness.SendAsync($"Bericht {i}", $"a:{i}")));

        Assert.All(results, r => Assert.IsType<SendResult.Sent>(r));
        Assert.Single(harness.Server.TokenRequests);
    }

    [Fact]
    public async Task A_transient_token_failure_is_retried()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNextToken(new FakeResponse { StatusCode = 503 });
        harness.Server.RespondNextToken(new FakeResponse
        {
            StatusCode = 400,
            Body = """{"error":"temporarily_unavailable","error_description":"Try again"}""",
        });

        var result = await harness.SendAsync("Toch verstuurd");

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(3, harness.Server.TokenRequests.Count);
        Assert.Equal("Bearer fake-token-3", Assert.Single(harness.Server.Requests).Authorization);
    }

    [Fact]
    public async Task Rejected_credentials_fail_the_send_without_calling_the_connector()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNextToken(new FakeResponse
        {
            StatusCode = 401,
            Body = """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""",
        });

        var result = await harness.SendAsync("Niet verstuurd");

        Assert.Contains("invalid_client", Assert.IsType<SendResult.Failed>(result).Reason);
        Assert.Single(harness.Server.TokenRequests);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task Without_an_app_id_no_token_is_requested_and_no_authorization_header_is_sent()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
        });

        var result = await harness.SendAsync("Lokaal");

        Assert.IsType<SendResult.Sent>(result);
        Assert.Empty(harness.Server.TokenRequests);
        Assert.False(Assert.Single(harness.Server.Requests).Headers.ContainsKey("Authorization"));
    }
}

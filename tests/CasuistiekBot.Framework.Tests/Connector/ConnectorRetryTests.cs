using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Testing.Connector;

namespace CasuistiekBot.Framework.Tests.Connector;

public sealed class ConnectorRetryTests
{
    [Fact]
    public async Task A_throttled_send_waits_for_retry_after_and_then_succeeds()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(FakeResponse.Throttled(TimeSpan.FromSeconds(1)));

        var result = await harness.SendAsync("Hallo");

        Assert.Equal(new SendResult.Sent("activity-1"), result);
        Assert.Equal(2, harness.Server.Requests.Count);
        var retry = Assert.Single(harness.Logs.Entries, e => e.Properties.ContainsKey("Delay"));
        Assert.Equal(429, retry.Properties["StatusCode"]);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.Properties["Delay"]);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_configured_maximum_is_capped()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:Connector:MaxRetryAfter"] = "00:00:00.050",
        });
        harness.Server.RespondNext(FakeResponse.Throttled(TimeSpan.FromHours(1)));

        var result = await harness.SendAsync("Hallo");

        Assert.IsType<SendResult.Sent>(result);
        var retry = Assert.Single(harness.Logs.Entries, e => e.Properties.ContainsKey("Delay"));
        Assert.Equal(TimeSpan.FromMilliseconds(50), retry.Properties["Delay"]);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried_and_the_same_activity_is_sent_again(int status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(FakeResponse.Status(status));

        var result = await harness.SendAsync("Opnieuw proberen");

        Assert.IsType<SendResult.Sent>(result);
        var requests = harness.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("Opnieuw proberen", requests[0].Activity?.Text);
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal("Opnieuw proberen", Assert.Single(harness.Server.Activities).Text);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_is_reported_as_throttled_with_the_service_wait()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:Connector:MaxRetryAfter"] = "00:00:00.020",
        });
        harness.Server.RespondNext(FakeResponse.Throttled(TimeSpan.FromSeconds(7)), times: 10);

        var result = await harness.SendAsync("Te druk");

        Assert.Equal(new SendResult.Throttled(TimeSpan.FromSeconds(7)), result);
        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.Empty(harness.Server.Activities);
    }

    [Fact]
    public async Task A_service_that_stays_unavailable_fails_after_the_configured_number_of_attempts()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:Connector:MaxRetries"] = "2",
        });
        harness.Server.RespondNext(FakeResponse.Status(503, "ServiceUnavailable"), times: 10);

        var result = await harness.SendAsync("Niemand thuis");

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.Equal(503, failed.StatusCode);
        Assert.Contains("ServiceUnavailable", failed.Reason);
        Assert.Equal(3, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task A_bad_request_is_not_retried()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(FakeResponse.Status(400, "BadArgument"));

        var result = await harness.SendAsync("Fout");

        Assert.Equal(400, Assert.IsType<SendResult.Failed>(result).StatusCode);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_retried()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:Connector:AttemptTimeout"] = "00:00:03",
        });
        harness.Server.RespondNext(FakeResponse.Delayed(TimeSpan.FromMinutes(1)));

        var result = await harness.SendAsync("Traag");

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Attempts_that_keep_timing_out_end_as_failed()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            // Long enough for each attempt to reach the server on a loaded machine (the server counts what arrives): at
            // 200 ms a third attempt once timed out before it got there.
            ["Bot:Connector:AttemptTimeout"] = "00:00:01",
            ["Bot:Connector:MaxRetries"] = "2",
        });
        harness.Server.RespondNext(FakeResponse.Delayed(TimeSpan.FromMinutes(1)), times: 3);

        var result = await harness.SendAsync("Traag");

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.Null(failed.StatusCode);
        Assert.Equal(3, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_swallowed()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(FakeResponse.Delayed(TimeSpan.FromMinutes(1)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.SendAsync("Laat maar", cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task A_connector_that_cannot_be_reached_gives_failed_after_retries()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppId"] = "" });
        var closedPort = ClosedPort();

        var result = await harness.Client.SendToConversationAsync($"http://127.0.0.1:{closedPort}/", "a:1", MessageFactory.Text("Hallo"), CancellationToken.None);

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.Null(failed.StatusCode);
        Assert.Equal(3, harness.Logs.Entries.Count(e => e.Properties.ContainsKey("Delay")));
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

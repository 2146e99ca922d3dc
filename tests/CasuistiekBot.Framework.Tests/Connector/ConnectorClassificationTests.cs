using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Testing.Connector;

namespace CasuistiekBot.Framework.Tests.Connector;

public sealed class ConnectorClassificationTests
{
    [Theory]
    [InlineData("ConversationBlockedByUser")]
    [InlineData("BotNotInConversationRoster")]
    [InlineData("BotDisabledByAdmin")]
    public async Task Forbidden_means_the_recipient_is_gone_and_carries_the_error_code(string code)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(FakeResponse.Status(403, code));

        var result = await harness.SendAsync("Herinnering");

        Assert.Equal(new SendResult.RecipientGone(403, code), result);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task A_blocked_thread_is_recognised_by_its_sub_code()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(new FakeResponse
        {
            StatusCode = 403,
            Body = """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Thread is blocked from message writes."}}""",
        });

        var result = await harness.SendAsync("Herinnering");

        Assert.Equal(new SendResult.RecipientGone(403, "MessageWritesBlocked"), result);
    }

    [Fact]
    public async Task Not_found_means_the_recipient_is_gone()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(FakeResponse.Status(404, "ConversationNotFound"));

        var result = await harness.SendAsync("Herinnering");

        Assert.Equal(new SendResult.RecipientGone(404, "ConversationNotFound"), result);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_reported_as_too_large()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(FakeResponse.Status(413, "MessageSizeTooBig"));

        var result = await harness.SendAsync(new string('x', 1000));

        Assert.IsType<SendResult.TooLarge>(result);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task An_error_body_that_is_not_json_still_gives_a_classified_result()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(new FakeResponse { StatusCode = 404, Body = "<html>gone</html>" });

        var result = await harness.SendAsync("Hallo");

        Assert.Equal(new SendResult.RecipientGone(404, null), result);
    }

    [Fact]
    public async Task A_service_url_that_is_not_a_url_gives_failed()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var result = await harness.Client.SendToConversationAsync("smba.trafficmanager.net/teams", "a:1", MessageFactory.Text("Hallo"), CancellationToken.None);

        Assert.Null(Assert.IsType<SendResult.Failed>(result).StatusCode);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task The_correlating_operation_id_of_each_answer_is_logged()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.RespondNext(FakeResponse.Status(403, "ConversationBlockedByUser"));

        await harness.SendAsync("Hallo");

        var entry = Assert.Single(harness.Logs.Entries, e => e.Properties.ContainsKey("ErrorCode"));
        Assert.Equal("ConversationBlockedByUser", entry.Properties["ErrorCode"]);
        Assert.StartsWith("op-", entry.Properties["OperationId"] as string);
    }
}

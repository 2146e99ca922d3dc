using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Tests.Connector;

public sealed class ConnectorRoutesTests
{
    [Fact]
    public async Task A_send_posts_the_activity_to_the_conversation_and_returns_the_new_id()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var first = await harness.SendAsync("Eerste");
        var second = await harness.SendAsync("Tweede");

        Assert.Equal(new SendResult.Sent("activity-1"), first);
        Assert.Equal(new SendResult.Sent("activity-2"), second);
        var request = harness.Server.Requests[0];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/teams/v3/conversations/a%3Aconversation-1/activities", request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal(["Eerste", "Tweede"], (await harness.Server.WaitForActivitiesAsync(2, TimeSpan.FromSeconds(30))).Select(a => a.Text));
    }

    [Fact]
    public async Task A_reply_goes_to_the_activity_route_and_names_the_activity_it_answers()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var result = await harness.Client.ReplyToActivityAsync(harness.ServiceUrl, "a:1", "1712345678901", MessageFactory.Text("Antwoord"), CancellationToken.None);

        Assert.IsType<SendResult.Sent>(result);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("POST", "/teams/v3/conversations/a%3A1/activities/1712345678901"), (request.Method, request.Path));
        Assert.Equal("1712345678901", request.Activity?.ReplyToId);
    }

    [Fact]
    public async Task An_update_puts_the_activity_with_its_id()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var result = await harness.Client.UpdateActivityAsync(harness.ServiceUrl, "a:1", "activity-9", MessageFactory.Card(new JsonObject { ["type"] = "AdaptiveCard" }), CancellationToken.None);

        Assert.Equal(new SendResult.Sent("activity-9"), result);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("PUT", "activity-9"), (request.Method, request.Activity?.Id));
    }

    [Fact]
    public async Task A_delete_removes_the_activity()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var result = await harness.Client.DeleteActivityAsync(harness.ServiceUrl, "a:1", "activity-9", CancellationToken.None);

        Assert.Equal(new SendResult.Sent("activity-9"), result);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("DELETE", "/teams/v3/conversations/a%3A1/activities/activity-9", ""), (request.Method, request.Path, request.Body));
    }

    [Fact]
    public async Task Ids_with_reserved_characters_are_escaped_in_the_path()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        const string conversationId = "19:abc@thread.tacv2;messageid=1712/2";
        const string activityId = "1:x y";

        await harness.Client.ReplyToActivityAsync(harness.ServiceUrl, conversationId, activityId, MessageFactory.Text("Hoi"), CancellationToken.None);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/teams/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712%2F2/activities/1%3Ax%20y", request.Path);
        Assert.Equal((conversationId, activityId), (request.ConversationId, request.ActivityId));
    }

    [Theory]
    [InlineData("", "/v3/conversations/a%3A1/activities")]
    [InlineData("/", "/v3/conversations/a%3A1/activities")]
    [InlineData("/teams", "/teams/v3/conversations/a%3A1/activities")]
    [InlineData("/teams/", "/teams/v3/conversations/a%3A1/activities")]
    [InlineData("/teams//", "/teams/v3/conversations/a%3A1/activities")]
    public async Task Service_urls_with_or_without_a_trailing_slash_give_the_same_path(string suffix, string expectedPath)
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var result = await harness.Client.SendToConversationAsync(harness.Server.BaseUrl + suffix, "a:1", MessageFactory.Text("Hoi"), CancellationToken.None);

        Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(expectedPath, Assert.Single(harness.Server.Requests).Path);
    }

    [Fact]
    public async Task A_personal_conversation_is_created_with_bot_member_and_tenant()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var bot = new ChannelAccount { Id = "28:" + ConnectorHarness.AppId, Name = "Casuistiek" };

        var result = await harness.Client.CreateConversationAsync(harness.ServiceUrl,
            TeamsConversationParameters.Personal(bot, "29:1user", ConnectorHarness.TenantId), CancellationToken.None);

        Assert.Equal(new SendResult.Sent("a:conversation-1"), result);
        Assert.Equal("/teams/v3/conversations", Assert.Single(harness.Server.Requests).Path);
        var body = Assert.Single(harness.Server.CreatedConversations);
        Assert.Equal("28:" + ConnectorHarness.AppId, (string?)body["bot"]?["id"]);
        Assert.Equal("Casuistiek", (string?)body["bot"]?["name"]);
        var member = Assert.Single(body["members"]!.AsArray())!.AsObject();
        Assert.Equal("29:1user", (string?)member["id"]);
        Assert.Equal(["id"], member.Select(p => p.Key));
        Assert.Equal(ConnectorHarness.TenantId, (string?)body["channelData"]?["tenant"]?["id"]);
        Assert.Equal(ConnectorHarness.TenantId, (string?)body["tenantId"]);
        Assert.False((bool?)body["isGroup"]);
    }

    [Fact]
    public async Task One_member_is_read_by_id()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.AddMembers(new ChannelAccount { Id = "29:1anna", Name = "Anna de Vries", AadObjectId = "aad-anna" });

        var found = await harness.Client.GetMemberAsync(harness.ServiceUrl, "a:1", "29:1anna", CancellationToken.None);
        var missing = await harness.Client.GetMemberAsync(harness.ServiceUrl, "a:1", "29:1nobody", CancellationToken.None);

        Assert.True(found.Succeeded);
        Assert.Equal(("Anna de Vries", "aad-anna"), (found.Value!.Name, found.Value.AadObjectId));
        Assert.False(missing.Succeeded);
        Assert.Equal(new SendResult.RecipientGone(404, "MemberNotFoundInConversation"), missing.Outcome);
    }

    [Fact]
    public async Task Paged_members_are_read_page_by_page_with_the_continuation_token()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.AddMembers(
            new ChannelAccount { Id = "29:1a", Name = "A" },
            new ChannelAccount { Id = "29:1b", Name = "B" },
            new ChannelAccount { Id = "29:1c", Name = "C" });

        var first = await harness.Client.GetPagedMembersAsync(harness.ServiceUrl, "a:1", 2, null, CancellationToken.None);
        var second = await harness.Client.GetPagedMembersAsync(harness.ServiceUrl, "a:1", 2, first.Value?.ContinuationToken, CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.Equal(["29:1a", "29:1b"], first.Value!.Members.Select(m => m.Id));
        Assert.NotNull(first.Value.ContinuationToken);
        Assert.Equal(["29:1c"], second.Value!.Members.Select(m => m.Id));
        Assert.Null(second.Value.ContinuationToken);
        Assert.Equal("/teams/v3/conversations/a%3A1/pagedmembers?pageSize=2", harness.Server.Requests[0].RawTarget);
        Assert.Equal("/teams/v3/conversations/a%3A1/pagedmembers?pageSize=2&continuationToken=2", harness.Server.Requests[1].RawTarget);
    }
}

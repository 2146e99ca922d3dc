using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Pipeline;

/// <summary>
/// A message-back (Action.Submit) names the card it came from in replyToId, and the sender controls that field. In a
/// shared conversation a forged replyToId must not let one person's answer replace a card everyone sees.
/// </summary>
public sealed class MessageBackTests
{
    private static readonly VerbHandler HelpCard =
        new("demo.help", _ => InvokeResponse.Card(new() { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new System.Text.Json.Nodes.JsonArray() }));

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task A_message_back_in_a_shared_conversation_never_replaces_the_card_it_names(string conversationType)
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICardActionHandler>(HelpCard));
        var submit = TestActivities.Submit(new { verb = "demo.help" }, conversationId: "19:shared@thread.tacv2", replyToId: "shared-triage-card") with
        {
            Conversation = new ConversationAccount { Id = "19:shared@thread.tacv2", ConversationType = conversationType, IsGroup = true, TenantId = TestActivities.TenantId },
        };

        await host.SendAsync(submit);

        Assert.DoesNotContain(host.Connector.Calls, c => c.Operation == "update");
        var posted = Assert.Single(host.Connector.Sent);
        Assert.Equal(ContentTypes.AdaptiveCard, posted.Attachments!.Single().ContentType);
        Assert.NotEqual("shared-triage-card", posted.Id);
    }

    [Fact]
    public async Task A_message_back_in_a_personal_chat_still_updates_the_clicked_card()
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICardActionHandler>(HelpCard));

        await host.SendAsync(TestActivities.Submit(new { verb = "demo.help" }, replyToId: "my-card"));

        var call = Assert.Single(host.Connector.Calls);
        Assert.Equal("update", call.Operation);
        Assert.Equal("my-card", call.ActivityId);
    }
}

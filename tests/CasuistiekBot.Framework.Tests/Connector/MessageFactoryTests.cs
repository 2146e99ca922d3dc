using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Tests.Connector;

public sealed class MessageFactoryTests
{
    [Fact]
    public void A_text_message_carries_only_text()
    {
        var json = JsonSerializer.SerializeToNode(MessageFactory.Text("Dank je wel"), BotJson.Options)!.AsObject();

        Assert.Equal(["type", "text"], json.Select(p => p.Key));
        Assert.Equal("message", (string?)json["type"]);
    }

    [Fact]
    public void A_text_message_shows_what_was_typed_and_only_the_products_own_markdown_is_rendered()
    {
        const string typed = "Lees [dit](https://example.test) **nu**\u202E";

        Assert.Equal(@"Lees [dit\](https://example.test) \*\*nu\*\*", MessageFactory.Text(typed).Text);
        Assert.Equal("- Bel **112**.", MessageFactory.Markdown("- Bel **112**.").Text);
    }

    [Fact]
    public void A_card_message_carries_the_card_as_an_adaptive_card_attachment_without_text()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };

        var activity = MessageFactory.Card(card);

        Assert.Null(activity.Text);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("1.5", attachment.Content?.GetProperty("version").GetString());
    }

    [Fact]
    public void A_typing_indicator_is_a_typing_activity()
    {
        Assert.Equal(ActivityTypes.Typing, MessageFactory.Typing().Type);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Tests.Cards;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void A_card_becomes_an_adaptive_card_attachment_with_the_card_as_content()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };

        var attachment = AdaptiveCard.ToAttachment(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(JsonValueKind.Object, attachment.Content!.Value.ValueKind);
        Assert.Equal(card.ToJsonString(), attachment.Content.Value.GetRawText());
    }

    [Fact]
    public void The_attachment_serializes_on_the_wire_with_the_card_inline()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var json = JsonSerializer.Serialize(AdaptiveCard.ToAttachment(card), BotJson.Options);

        Assert.Equal("""{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"}}""", json);
    }
}

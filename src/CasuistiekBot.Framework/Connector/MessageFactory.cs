using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Connector;

/// <summary>
/// Outbound activities. A card and its explanatory text go as two activities: Teams renders text next to a card
/// attachment inconsistently across clients.
/// </summary>
public static class MessageFactory
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A message carrying one Adaptive Card and nothing else.</summary>
    public static Activity Card(JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card, BotJson.Options) },
        ],
    };

    public static Activity Typing() => new() { Type = ActivityTypes.Typing };
}

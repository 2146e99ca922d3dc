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
    /// <summary>
    /// A text message that shows as written: Teams renders markdown and some HTML in message text, so the text is
    /// escaped (<see cref="LiteralText.ForMarkdown"/>) and any name, story or motivation in it cannot become a link.
    /// </summary>
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = LiteralText.ForMarkdown(text) };

    /// <summary>
    /// A text message whose markdown (bold, lists) is rendered: only for text the product wrote itself or its
    /// administrators configured, never with anything a person or a language model typed in it; that goes in <see cref="Text"/>.
    /// </summary>
    public static Activity Markdown(string markdown) => new() { Type = ActivityTypes.Message, Text = markdown };

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

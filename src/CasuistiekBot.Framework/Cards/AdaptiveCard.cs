using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Cards;

/// <summary>Facts about Adaptive Cards as Teams takes them, and the wrapping of a card into an attachment.</summary>
public static class AdaptiveCard
{
    /// <summary>The schema version Teams renders; newer cards fall back or fail.</summary>
    public const string Version = "1.5";

    /// <summary>
    /// Teams refuses bot messages over about 100 KB counted as UTF-16 and advises staying within 80 KB;
    /// the card has to leave room for the rest of the activity, so 80 KB is the card's budget.
    /// </summary>
    public const int MaxSizeInBytes = 80 * 1024;

    /// <summary>The card's size as Teams counts it: its JSON as sent, encoded as UTF-16.</summary>
    public static int MeasureSize(JsonObject card) => Encoding.Unicode.GetByteCount(card.ToJsonString(BotJson.Options));

    /// <summary>Wraps a bound card as an attachment of type <see cref="ContentTypes.AdaptiveCard"/>.</summary>
    public static Attachment ToAttachment(JsonObject card) => new()
    {
        ContentType = ContentTypes.AdaptiveCard,
        Content = JsonSerializer.SerializeToElement(card, BotJson.Options),
    };
}

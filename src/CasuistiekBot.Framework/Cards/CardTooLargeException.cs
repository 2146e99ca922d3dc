namespace CasuistiekBot.Framework.Cards;

/// <summary>
/// The bound card is over the size Teams accepts reliably (<see cref="AdaptiveCard.MaxSizeInBytes"/>).
/// Callers catch this to shrink the model (truncate texts, page lists) and bind again.
/// </summary>
public sealed class CardTooLargeException(string templateName, int size, int limit)
    : CardBindingException($"card '{templateName}' is {size} bytes as UTF-16 JSON; the limit is {limit} bytes")
{
    public string TemplateName { get; } = templateName;

    /// <summary>The card's serialized JSON measured as UTF-16 bytes, the unit of the Teams message limit.</summary>
    public int Size { get; } = size;

    public int Limit { get; } = limit;
}

namespace CasuistiekBot.Framework.Cards;

/// <summary>A card template file could not be loaded: it is not JSON, not an object, or has a malformed placeholder.</summary>
public sealed class CardTemplateException(string message, Exception? inner = null) : Exception(message, inner);

namespace CasuistiekBot.Framework.Cards;

/// <summary>A template could not be bound to a model into a card that may be sent.</summary>
public class CardBindingException(string message, Exception? inner = null) : Exception(message, inner);

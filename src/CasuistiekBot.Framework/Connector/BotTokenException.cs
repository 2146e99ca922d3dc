namespace CasuistiekBot.Framework.Connector;

/// <summary>The bot could not obtain an outbound token; the connector client reports it as a failed send.</summary>
public sealed class BotTokenException(string message, Exception? innerException = null) : Exception(message, innerException);

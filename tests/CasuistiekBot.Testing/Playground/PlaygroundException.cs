namespace CasuistiekBot.Testing.Playground;

/// <summary>The Playground run went wrong; the message carries the bot's and the Playground's logs.</summary>
public sealed class PlaygroundException(string message, Exception? inner = null) : Exception(message, inner);

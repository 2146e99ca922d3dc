namespace CasuistiekBot.Framework.Pipeline;

/// <summary>The turn could not run because a dependency is down; the HTTP layer answers 503.</summary>
public sealed class TurnUnavailableException(Exception inner)
    : Exception("A dependency of the bot is unavailable.", inner);

namespace CasuistiekBot.Testing.Playground;

/// <summary>
/// A message the Playground accepted from a user. For a new channel post the conversation is the thread
/// (<c>{channel};messageid={id}</c>), which is where the bot's replies land.
/// </summary>
public sealed record PostedMessage(string MessageId, string ConversationId);

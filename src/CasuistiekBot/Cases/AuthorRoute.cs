namespace CasuistiekBot.Cases;

/// <summary>The author's chat with the bot: the way back for questions and feedback. Stored only sealed (<see cref="AuthorRouteSeal"/>).</summary>
internal sealed record AuthorRoute(string ChannelId, string ConversationId);

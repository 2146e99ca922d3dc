namespace CasuistiekBot.Testing.Dialogs;

/// <summary>The bot's replies did not read as the transcript expected; the message shows the whole conversation.</summary>
public sealed class TranscriptMismatchException(string message) : Exception(message);

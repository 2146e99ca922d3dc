namespace CasuistiekBot.Framework.Dialogs;

/// <summary>One of the readings offered when an answer could mean more than one thing: the value to store and its label.</summary>
public sealed record AnswerOption(string Value, string Label);

namespace CasuistiekBot.Privacy;

/// <summary>One placeholder put into a text; deliberately carries no trace of the original value.</summary>
public sealed record Replacement(string Kind, string Placeholder);

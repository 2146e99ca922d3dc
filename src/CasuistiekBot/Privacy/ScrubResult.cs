namespace CasuistiekBot.Privacy;

/// <summary>The scrubbed text and the distinct placeholders it now contains, in order of first appearance.</summary>
public sealed record ScrubResult(string Text, IReadOnlyList<Replacement> Found);

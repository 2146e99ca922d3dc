namespace CasuistiekBot.Cases;

/// <summary>One step in what happened to a casus, as its author reads it: when, what, and the details in plain sentences.</summary>
internal sealed record CasusStep(DateTimeOffset At, string Title, IReadOnlyList<string> Lines);

namespace CasuistiekBot.Signals;

/// <summary>What the new-signal form is opened with: a title, a description, the source casus, further cases to link, a law.</summary>
internal sealed record SignalPrefill(string Title, string Description, string? Casus, string Linked, string? Law);

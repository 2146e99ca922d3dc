namespace CasuistiekBot.Signals;

/// <summary>One step in a signal's history as the card shows it: when, and which audit action (never who).</summary>
internal sealed record SignalHistoryLine(DateTimeOffset At, string Action);

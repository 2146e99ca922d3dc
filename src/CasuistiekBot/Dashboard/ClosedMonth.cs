namespace CasuistiekBot.Dashboard;

/// <summary>Signals closed in one calendar month and how long they took from registration to closing, in days.</summary>
internal sealed record ClosedMonth(int Year, int Month, int Count, double? MedianLeadDays, double? AverageLeadDays);

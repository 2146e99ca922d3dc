namespace CasuistiekBot.Dashboard;

internal sealed record ClosedSignal(string Reference, string Title, string? Resolution, DateOnly ClosedOn, double LeadDays);

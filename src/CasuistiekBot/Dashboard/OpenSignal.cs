namespace CasuistiekBot.Dashboard;

/// <summary>An open signal as the dashboard lists it; age and lateness in calendar days in the organisation's time zone.</summary>
internal sealed record OpenSignal(string Reference, string Title, string Status, string OwnerName, string? Mt, DateOnly DueDate, int AgeDays, int DaysOverdue);

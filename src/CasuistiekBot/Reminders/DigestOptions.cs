namespace CasuistiekBot.Reminders;

/// <summary>Section <c>Digest</c>: when each management team gets its overview of open signals.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    public bool Enabled { get; set; } = true;

    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    public TimeOnly Time { get; set; } = new(9, 0);

    public string TimeZone { get; set; } = "Europe/Amsterdam";
}

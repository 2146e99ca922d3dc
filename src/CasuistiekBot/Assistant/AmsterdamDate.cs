namespace CasuistiekBot.Assistant;

// The calendar date in the Netherlands, so that "volgende week vrijdag" in a story resolves the way the inbrenger meant.
internal static class AmsterdamDate
{
    private static readonly TimeZoneInfo? Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : null;

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone ?? time.LocalTimeZone).DateTime);
}

using System.Globalization;

namespace CasuistiekBot.Signals;

/// <summary>Dates and moments as people read them on cards and in messages.</summary>
internal static class SignalDates
{
    public static string Day(DateOnly date, string language) => date.ToString("d MMMM yyyy", Culture(language));

    public static string Moment(DateTimeOffset at, TimeZoneInfo zone, string language) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy HH:mm", Culture(language));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "nl-NL");
}

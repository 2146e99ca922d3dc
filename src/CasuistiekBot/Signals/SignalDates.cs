using System.Globalization;
using CasuistiekBot.Calendar;

namespace CasuistiekBot.Signals;

/// <summary>Dates and moments as people read them on cards and in messages.</summary>
internal static class SignalDates
{
    public static string Day(DateOnly date, string language) => date.ToString("d MMMM yyyy", Culture(language));

    public static string Moment(DateTimeOffset at, TimeZoneInfo zone, string language) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy HH:mm", Culture(language));

    /// <summary>The text key that refuses a typed due date, or null when it may be used.</summary>
    public static string? DueRefusal(CardDateCheck check) => check switch
    {
        CardDateCheck.Malformed => "signal.badDate",
        CardDateCheck.TooEarly => "signal.dueInPast",
        CardDateCheck.TooLate => "signal.dueTooFar",
        _ => null,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CultureInfo Culture(string language) => Localization.Texts.Culture(language);
}

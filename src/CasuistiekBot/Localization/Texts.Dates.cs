using System.Globalization;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Localization;

// Every date and time the bot writes is formatted here, in the reader's language: one place for the culture and the
// patterns, so a card in the coordinators' channel and a reply in a chat say a date the same way.
public sealed partial class Texts
{
    /// <summary>The culture dates and numbers are written in for a reader of this language.</summary>
    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == Languages.English ? "en-GB" : "nl-NL");

    /// <summary>"3 december 2026" / "3 December 2026".</summary>
    public static string Day(DateOnly date, string language) => date.ToString("d MMMM yyyy", Culture(language));

    /// <summary>"donderdag 3 december 2026" / "Thursday 3 December 2026".</summary>
    public static string WeekDay(DateOnly date, string language) => date.ToString("dddd d MMMM yyyy", Culture(language));

    /// <summary>"3 december 14:05" in <paramref name="zone"/>: when something happened.</summary>
    public static string Moment(DateTimeOffset at, TimeZoneInfo zone, string language) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM HH:mm", Culture(language));

    /// <summary>"3 december 2026 14:05" in <paramref name="zone"/>: when something happened, in a list that spans years.</summary>
    public static string DatedMoment(DateTimeOffset at, TimeZoneInfo zone, string language) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy HH:mm", Culture(language));

    /// <summary>"dinsdag 8 december 14:00" in <paramref name="zone"/>: until when something may be done.</summary>
    public static string WeekDayMoment(DateTimeOffset at, TimeZoneInfo zone, string language) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("dddd d MMMM HH:mm", Culture(language));
}

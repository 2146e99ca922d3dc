using System.Globalization;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Panels;

/// <summary>"3 december 2026 om 14:00" in the reader's language.</summary>
internal static class SessionText
{
    public static string Date(string language, DateOnly date) =>
        Texts.WeekDay(date, language);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string When(Texts texts, string language, DateOnly date, TimeOnly time) =>
        texts.Get(PanelsTextKeys.InvitationWhen, language, Date(language, date), Time(time));
}

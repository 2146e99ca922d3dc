using System.Globalization;

namespace CasuistiekBot.Localization;

public sealed partial class Texts
{
    /// <summary>The culture dates are written in for a reader of this language.</summary>
    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "nl-NL");

    /// <summary>"3 december 2026" / "3 December 2026".</summary>
    public static string Day(DateOnly date, string language) => date.ToString("d MMMM yyyy", Culture(language));
}

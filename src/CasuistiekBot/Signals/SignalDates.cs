using System.Globalization;
using CasuistiekBot.Calendar;

namespace CasuistiekBot.Signals;

/// <summary>Due dates on signal cards: how a typed one is refused, and how one is written into a date input.</summary>
internal static class SignalDates
{
    /// <summary>The text key that refuses a typed due date, or null when it may be used.</summary>
    public static string? DueRefusal(CardDateCheck check) => check switch
    {
        CardDateCheck.Malformed => SignalsTextKeys.SignalBadDate,
        CardDateCheck.TooEarly => SignalsTextKeys.SignalDueInPast,
        CardDateCheck.TooLate => SignalsTextKeys.SignalDueTooFar,
        _ => null,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace CasuistiekBot.Calendar;

/// <summary>
/// A date typed on a card (yyyy-MM-dd), checked against the window it must fall in before anything counts with it. Card
/// data comes from the client and can be forged: a year 9999 would overflow the working-day arithmetic further on.
/// </summary>
internal static class CardDate
{
    /// <summary>How far ahead a due date may lie (the texts that refuse a later one say "vijf jaar" / "five years").</summary>
    public const int MaxYearsAhead = 5;

    public static CardDateCheck Read(string? raw, DateOnly earliest, DateOnly latest, out DateOnly date)
    {
        if (!DateOnly.TryParseExact(raw?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return CardDateCheck.Malformed;
        return date < earliest ? CardDateCheck.TooEarly : date > latest ? CardDateCheck.TooLate : CardDateCheck.Valid;
    }

    /// <summary>The latest due date accepted on <paramref name="today"/>.</summary>
    public static DateOnly LatestDue(DateOnly today) => today.AddYears(MaxYearsAhead);
}

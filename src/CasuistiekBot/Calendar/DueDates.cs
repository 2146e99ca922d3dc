using System.Globalization;

namespace CasuistiekBot.Calendar;

/// <summary>
/// Due dates on forms (signals, action points): today in the home calendar, a proposal some working days ahead, and
/// a date typed on a card, accepted only from today up to the furthest allowed.
/// </summary>
internal sealed class DueDates(WorkingDayCalendar calendar, TimeProvider clock)
{
    public DateOnly Today => calendar.LocalDate(clock.GetUtcNow());

    public DateOnly Proposed(int workingDays) => calendar.AddWorkingDays(Today, workingDays);

    /// <summary>Whether a due date (typed now, or carried in a draft) lies from today up to the furthest allowed.</summary>
    public bool IsValid(DateOnly due)
    {
        var today = Today;
        return due >= today && due <= CardDate.LatestDue(today);
    }

    /// <summary>The date typed on a card, or null when it is malformed or outside the allowed window.</summary>
    public DateOnly? Read(string? value)
    {
        var today = Today;
        return CardDate.Read(value, today, CardDate.LatestDue(today), out var due) == CardDateCheck.Valid ? due : null;
    }

    /// <summary>How a card's date input carries a date.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

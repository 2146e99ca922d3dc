using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Panels;

/// <summary>When and where a panel meets, as typed on the panel card: all three given, well-formed, not in the past.</summary>
internal sealed record SessionSlot(DateOnly Date, TimeOnly Time, string Place)
{
    private const int MaxPlace = 500;

    /// <summary>How far ahead a session may be planned (the refusal says "een jaar" / "a year").</summary>
    private const int MaxYearsAhead = 1;

    /// <returns>The slot, or the text key saying what is wrong with it.</returns>
    public static (SessionSlot? Slot, string? Refusal) Read(CardAction action, PersonalDataScrubber scrubber, DateOnly today)
    {
        var place = action.GetString("place")?.Trim();
        if (string.IsNullOrEmpty(place) || string.IsNullOrWhiteSpace(action.GetString("sessionDate")) || string.IsNullOrWhiteSpace(action.GetString("sessionTime")))
        {
            return (null, PanelsTextKeys.PanelNeedsSchedule);
        }
        var date = CardDate.Read(action.GetString("sessionDate"), today, today.AddYears(MaxYearsAhead), out var day);
        if (date == CardDateCheck.Malformed
            || !TimeOnly.TryParseExact(action.GetString("sessionTime"), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (null, PanelsTextKeys.PanelBadDate);
        }
        if (date == CardDateCheck.TooEarly) return (null, PanelsTextKeys.PanelPastDate);
        if (date == CardDateCheck.TooLate) return (null, PanelsTextKeys.PanelDateTooFar);
        return (new SessionSlot(day, time, PlaceText.Clean(scrubber, place.Length > MaxPlace ? place[..MaxPlace] : place)), null);
    }

    public bool IsSetOn(Panel panel) => panel.SessionDate == Date && panel.SessionTime == Time && panel.Place == Place;

    public void ApplyTo(Panel panel) => (panel.SessionDate, panel.SessionTime, panel.Place) = (Date, Time, Place);

    public override string ToString() => $"{Date:yyyy-MM-dd} {Time:HH\\:mm}";
}

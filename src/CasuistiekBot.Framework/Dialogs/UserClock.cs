using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Dialogs;

// The user's calendar date, so that "morgen" means tomorrow where the user is.
internal static class UserClock
{
    // The product's users are in the Netherlands; Teams does not always send a time zone.
    private const string DefaultZone = "Europe/Amsterdam";

    public static DateOnly Today(Activity activity, TimeProvider time)
    {
        var zone = Find(activity.GetTimeZone()) ?? Find(DefaultZone) ?? time.LocalTimeZone;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    private static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}

using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Dialogs;

// The user's calendar date, so that "tomorrow" means tomorrow where the user is.
internal sealed class UserClock(TimeProvider time, string? defaultZone)
{
    // Teams does not always send a time zone; the app's default stands in for it.
    public DateOnly Today(Activity activity)
    {
        var zone = Find(activity.GetTimeZone()) ?? Find(defaultZone) ?? time.LocalTimeZone;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    private static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}

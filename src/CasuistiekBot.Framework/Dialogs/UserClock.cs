using System.Collections.Concurrent;
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

    // Zones found are kept: the runtime's own lookup takes a lock on every call. Only real zones are kept, so what a
    // client sends cannot grow this beyond the system's list (ids are compared as the runtime does, ignoring case).
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Found = new(StringComparer.OrdinalIgnoreCase);

    private static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        if (Found.TryGetValue(id, out var known)) return known;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? Found[id] = zone : null;
    }
}

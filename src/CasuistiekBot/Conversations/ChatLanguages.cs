using System.Collections.Concurrent;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

/// <summary>
/// The languages stored for each 1:1 chat (the one chosen with "taal …" and the one last clearly written), read once
/// and held for half a minute, so that a person's every message need not ask the database. This instance's own changes
/// are seen at once; a choice made through another instance within that half minute.
/// </summary>
internal sealed class ChatLanguages(IDbContextFactory<CasuistiekDbContext> databases, TimeProvider clock)
{
    private static readonly TimeSpan HoldsFor = TimeSpan.FromSeconds(30);

    // Only a shortcut: emptied when it gets big instead of growing with every chat the process ever served.
    private const int MaxHeld = 10_000;

    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);

    /// <summary>
    /// The language of a message in a 1:1 chat: the chosen one, else what it is <paramref name="written"/> in, else the
    /// last language written; null when the chat is not stored. A clearly written language is kept for the next message.
    /// </summary>
    public async Task<string?> ForMessageAsync(Activity activity, string? written, CancellationToken cancellationToken)
    {
        var key = Key(activity);
        var now = clock.GetUtcNow();
        if (!_held.TryGetValue(key, out var held) || held.Until <= now)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var row = await PersonLanguage.ChatAsync(db, activity, cancellationToken);
            if (row is null) return written;
            held = Hold(key, new Held(row.LanguagePreference, row.Language, now + HoldsFor));
        }
        if (written is not null && written != held.Language)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            if (await PersonLanguage.ChatAsync(db, activity, cancellationToken) is { } row)
            {
                row.Language = written;
                await db.SaveChangesAsync(cancellationToken);
                held = Hold(key, new Held(row.LanguagePreference, written, now + HoldsFor));
            }
        }
        return held.Preference ?? written ?? held.Language;
    }

    /// <summary>The chat's stored languages changed here ("taal engels"): read them again on the next message.</summary>
    public void Changed(Activity activity) => _held.TryRemove(Key(activity), out _);

    private Held Hold(string key, Held held)
    {
        if (_held.Count >= MaxHeld) _held.Clear();
        return _held[key] = held;
    }

    private static string Key(Activity activity) => activity.ChannelId + "/" + activity.Conversation!.Id;

    private sealed record Held(string? Preference, string? Language, DateTimeOffset Until);
}

using System.Collections.Concurrent;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Conversations;

/// <summary>
/// The languages stored for a 1:1 chat: the one chosen with "taal …" and the one last clearly written. Every change goes
/// through here. On PostgreSQL, where several instances may serve one chat, they are read on every message (a compiled
/// query of the two columns). On SQLite the bot runs as one instance (README), so every change passes through this
/// process and what it read or wrote is kept, sparing that read on all but a chat's first message.
/// </summary>
internal sealed class ChatLanguages(IDbContextFactory<CasuistiekDbContext> databases, IOptions<DatabaseOptions> options)
{
    // A shortcut only, so it starts over when it gets big instead of growing with every chat the process ever saw.
    private const int MaxKept = 10_000;
    private readonly bool _keep = options.Value.Provider == DatabaseProvider.Sqlite;
    private readonly ConcurrentDictionary<(string Channel, string Conversation), StoredLanguages> _kept = new();

    // Per instance: a compiled query belongs to one model, and an instance (its container) to one database provider.
    private readonly Func<CasuistiekDbContext, string, string, CancellationToken, Task<StoredLanguages?>> _read =
        EF.CompileAsyncQuery((CasuistiekDbContext db, string channelId, string conversationId, CancellationToken _) =>
            db.ConversationReferences.AsNoTracking()
                .Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
                .Select(r => new StoredLanguages(r.LanguagePreference, r.Language))
                .FirstOrDefault());

    /// <summary>
    /// The language of a message in a 1:1 chat: the chosen one, else what it is <paramref name="written"/> in, else the
    /// last language written; null when the chat is not stored. A clearly written language is kept for the next message.
    /// </summary>
    public async Task<string?> ForMessageAsync(Activity activity, string? written, CancellationToken cancellationToken)
    {
        var key = Key(activity);
        if (!_keep || !_kept.TryGetValue(key, out var stored))
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            stored = await _read(db, key.Channel, key.Conversation, cancellationToken);
            if (stored is null) return written;
            Keep(key, stored);
        }
        if (written is not null && written != stored.Language)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE conversation_references SET language = {written} WHERE channel_id = {key.Channel} AND conversation_id = {key.Conversation}",
                cancellationToken);
            Keep(key, stored with { Language = written });
        }
        return stored.Preference ?? written ?? stored.Language;
    }

    /// <summary>
    /// Keeps to <paramref name="choice"/> in this chat (null: follow what they write again); returns the language last
    /// written, null when there is none or the chat is not stored.
    /// </summary>
    public async Task<string?> ChooseAsync(Activity activity, string? choice, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var row = await PersonLanguage.ChatAsync(db, activity, cancellationToken);
        if (row is null) return null;
        row.LanguagePreference = choice;
        await db.SaveChangesAsync(cancellationToken);
        Keep(Key(activity), new StoredLanguages(choice, row.Language));
        return row.Language;
    }

    private void Keep((string, string) key, StoredLanguages stored)
    {
        if (!_keep) return;
        if (_kept.Count >= MaxKept) _kept.Clear();
        _kept[key] = stored;
    }

    private static (string Channel, string Conversation) Key(Activity activity) => (activity.ChannelId ?? string.Empty, activity.Conversation!.Id ?? string.Empty);

    private sealed record StoredLanguages(string? Preference, string? Language);
}

using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

/// <summary>
/// The languages stored for a 1:1 chat: the one chosen with "taal …" and the one last clearly written. Read on every
/// message, since the next message may reach another instance of the bot, so the read is a compiled query of the two
/// columns and the change one UPDATE statement, made only when the person clearly writes in another language than the
/// one stored (LINQ translation cost more CPU per turn than the database work).
/// </summary>
internal sealed class ChatLanguages(IDbContextFactory<CasuistiekDbContext> databases)
{
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
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (channelId, conversationId) = (activity.ChannelId ?? string.Empty, activity.Conversation!.Id ?? string.Empty);
        var stored = await _read(db, channelId, conversationId, cancellationToken);
        if (stored is null) return written;
        if (written is not null && written != stored.Language)
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE conversation_references SET language = {written} WHERE channel_id = {channelId} AND conversation_id = {conversationId}",
                cancellationToken);
        }
        return stored.Preference ?? written ?? stored.Language;
    }

    private sealed record StoredLanguages(string? Preference, string? Language);
}

using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

/// <summary>
/// The languages stored for a 1:1 chat: the one chosen with "taal …" and the one last clearly written. Read on every
/// message, since the next message may reach another instance of the bot: only the two columns, without tracking,
/// and the row is changed only when the person clearly writes in another language than the one stored.
/// </summary>
internal sealed class ChatLanguages(IDbContextFactory<CasuistiekDbContext> databases)
{
    /// <summary>
    /// The language of a message in a 1:1 chat: the chosen one, else what it is <paramref name="written"/> in, else the
    /// last language written; null when the chat is not stored. A clearly written language is kept for the next message.
    /// </summary>
    public async Task<string?> ForMessageAsync(Activity activity, string? written, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (channelId, conversationId) = (activity.ChannelId, activity.Conversation!.Id);
        var stored = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
            .Select(r => new { r.LanguagePreference, r.Language })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null) return written;
        if (written is not null && written != stored.Language && await PersonLanguage.ChatAsync(db, activity, cancellationToken) is { } row)
        {
            row.Language = written;
            await db.SaveChangesAsync(cancellationToken);
        }
        return stored.LanguagePreference ?? written ?? stored.Language;
    }
}

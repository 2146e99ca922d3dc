using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

/// <summary>
/// Someone's Teams user id (29:…) as the bot last saw it, for a card's user-specific refresh; null when the bot has not
/// spoken with them yet (their card then simply shows what it was sent with).
/// </summary>
internal static class PersonTeamsId
{
    public static Task<string?> OfAsync(CasuistiekDbContext db, string aadObjectId, CancellationToken cancellationToken) =>
        db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId && r.UserId != null)
            .OrderByDescending(r => r.UpdatedAt).Select(r => r.UserId).FirstOrDefaultAsync(cancellationToken);
}

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

    /// <summary>The Teams ids of those of <paramref name="aadObjectIds"/> the bot has met, keyed by lower-case Entra object id.</summary>
    public static async Task<Dictionary<string, string>> OfAsync(CasuistiekDbContext db, IEnumerable<string> aadObjectIds, CancellationToken cancellationToken)
    {
        var wanted = aadObjectIds.Select(id => id.ToLowerInvariant()).Distinct().ToList();
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId != null && r.UserId != null && wanted.Contains(r.UserAadObjectId.ToLower()))
            .OrderByDescending(r => r.UpdatedAt).Select(r => new { r.UserAadObjectId, r.UserId })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UserAadObjectId!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().UserId!, StringComparer.Ordinal);
    }
}

using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

/// <summary>
/// The language to write to someone in before they click anything: the locale their Teams client last reported in
/// their 1:1 chat with the bot, Dutch when the bot has not spoken with them yet.
/// </summary>
internal static class PersonLanguage
{
    public static async Task<string> OfAsync(CasuistiekDbContext db, string aadObjectId, CancellationToken cancellationToken)
    {
        var locale = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId && r.ConversationType == Framework.Schema.ConversationTypes.Personal && r.Locale != null)
            .OrderByDescending(r => r.UpdatedAt).Select(r => r.Locale).FirstOrDefaultAsync(cancellationToken);
        return Languages.FromLocale(locale);
    }
}

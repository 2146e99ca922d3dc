using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

/// <summary>
/// The language to write to someone in when the bot starts the conversation: the one they chose ("taal engels"), else
/// the one they last clearly wrote in, else the locale their Teams client last reported in their 1:1 chat with the bot,
/// Dutch when the bot has not spoken with them yet.
/// </summary>
internal static class PersonLanguage
{
    public static async Task<string> OfAsync(CasuistiekDbContext db, string aadObjectId, CancellationToken cancellationToken)
    {
        var personal = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId && r.ConversationType == Framework.Schema.ConversationTypes.Personal)
            .OrderByDescending(r => r.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        return Of(personal);
    }

    /// <summary>The stored row of the 1:1 chat <paramref name="activity"/> came from, tracked so its language can be kept.</summary>
    public static Task<ConversationReferenceRow?> ChatAsync(CasuistiekDbContext db, Framework.Schema.Activity activity, CancellationToken cancellationToken) =>
        db.ConversationReferences.FirstOrDefaultAsync(r => r.ChannelId == activity.ChannelId && r.ConversationId == activity.Conversation!.Id, cancellationToken);

    /// <summary>The same decision for a person's 1:1 chat already read.</summary>
    public static string Of(ConversationReferenceRow? personal) =>
        personal?.LanguagePreference ?? personal?.Language ?? Languages.FromLocale(personal?.Locale);
}

using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

/// <summary>
/// Decides the language of a turn before it is handled. In a 1:1 chat: the person's chosen language ("taal engels");
/// else the language of this message when it says so clearly; else the language they last clearly wrote in; else the
/// Teams locale. A clear message is remembered for the next, short one and for what the bot sends them later. In the
/// coordinators' channel: the channel's configured language. Elsewhere: the message's language, else the locale.
/// </summary>
internal sealed class LanguageMiddleware(IDbContextFactory<CasuistiekDbContext> databases, ITrustedChannel channel) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && activity.Conversation?.Id is not null)
        {
            var written = activity.Type == ActivityTypes.Message ? MessageLanguage.Of(activity.Text) : null;
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            if (activity.IsPersonal())
            {
                turn.Language = await PersonalAsync(db, activity, written, cancellationToken) ?? turn.Language;
            }
            else if (await channel.IsTrustedAsync(db, activity, cancellationToken))
            {
                turn.Language = channel.Language;
            }
            else
            {
                turn.Language = written ?? turn.Language;
            }
        }
        await next(cancellationToken);
    }

    private static async Task<string?> PersonalAsync(CasuistiekDbContext db, Activity activity, string? written, CancellationToken cancellationToken)
    {
        var row = await PersonLanguage.ChatAsync(db, activity, cancellationToken);
        if (row is null) return written;
        if (written is not null && written != row.Language)
        {
            row.Language = written;
            await db.SaveChangesAsync(cancellationToken);
        }
        return row.LanguagePreference ?? written ?? row.Language;
    }
}

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
internal sealed class LanguageMiddleware(IDbContextFactory<CasuistiekDbContext> databases, ITrustedChannel channel, ChatLanguages chats) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && activity.Conversation?.Id is not null)
        {
            var written = activity.Type == ActivityTypes.Message ? MessageLanguage.Of(activity.Text) : null;
            turn.Language = activity.IsPersonal()
                ? await chats.ForMessageAsync(activity, written, cancellationToken) ?? turn.Language
                : await InGroupAsync(activity, written, cancellationToken) ?? turn.Language;
        }
        await next(cancellationToken);
    }

    private async Task<string?> InGroupAsync(Activity activity, string? written, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await channel.IsTrustedAsync(db, activity, cancellationToken) ? channel.Language : written;
    }
}

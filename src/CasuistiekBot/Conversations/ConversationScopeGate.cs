using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Conversations;

/// <summary>
/// Where commands may answer outside a 1:1 chat. The one shared conversation trusted with role-scoped answers is the
/// registered coordinators' channel; everywhere else the person reads one line saying where to ask, and nothing of
/// what they asked for.
/// </summary>
internal sealed class ConversationScopeGate(IDbContextFactory<CasuistiekDbContext> databases, ITrustedChannel trusted, Texts texts) : ICommandScopeGate
{
    public async Task<bool> AdmitAsync(ITurnContext turn, CommandScope scope, CancellationToken cancellationToken)
    {
        if (scope == CommandScope.PersonalOrTrusted)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            if (await trusted.IsTrustedAsync(db, turn.Activity, cancellationToken)) return true;
        }
        var refusal = scope == CommandScope.Personal ? ConversationsTextKeys.ScopePersonal : ConversationsTextKeys.ScopePersonalOrCoordinators;
        await turn.SendAsync(MessageFactory.Text(texts.Get(refusal, turn)), cancellationToken);
        return false;
    }
}

using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// Teams' refresh of the "mijn signalen" list: the list as it stands now, of the person who asks (never of whoever the
/// card was first made for), and only in their 1:1 chat.
/// </summary>
internal sealed class MySignalsListHandler(IDbContextFactory<CasuistiekDbContext> databases, MySignalsCard list, Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [SignalVerbs.MineList];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!action.IsInvoke) return null;
        if (!turn.Activity.IsPersonal()) return texts.Answer(turn, ConversationsTextKeys.ScopePersonal);
        if (turn.Activity.From?.AadObjectId is not { } me) return texts.Answer(turn, SignalsTextKeys.SignalMineNone);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signals = await MySignals.OpenAsync(db, me, cancellationToken);
        return InvokeResponse.Card(list.Render(signals, me, turn.Activity.From.Id, turn.Language));
    }
}

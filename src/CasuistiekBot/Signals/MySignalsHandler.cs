using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// "Mijn signalen": a signal owner's open signals as a list, then each signal's own card posted again, so an owner who
/// lost the chat history can act. Only the person's own signals and those offered to them; only in their 1:1 chat.
/// </summary>
internal sealed class MySignalsHandler(
    IDbContextFactory<CasuistiekDbContext> databases, MySignalsCard list, SignalPublisher publisher, Texts texts) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["mijn signalen", "my signals"];

    public CommandScope Scope => CommandScope.Personal;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var request = turn.Activity;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var me = request.From?.AadObjectId;
        var signals = me is null ? [] : await MySignals.OpenAsync(db, me, cancellationToken);
        if (me is null || signals.Count == 0)
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(SignalsTextKeys.SignalMineNone, turn)), cancellationToken);
            return;
        }

        await turn.SendAsync(MessageFactory.Card(list.Render(signals, me, request.From?.Id, turn.Language)), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var signal in signals.Take(MySignals.MaxCards))
        {
            await publisher.ReshowAsync(db, signal, MySignals.ViewFor(signal, me), request, turn.Language, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

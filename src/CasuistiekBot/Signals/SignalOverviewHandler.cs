using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals.Handlers;

namespace CasuistiekBot.Signals;

/// <summary>
/// "Overzicht signalen": the register's figures as one card; coordinators see all of it, MT members their own MT, and a
/// DG over several MTs one card per MT after a line that names them.
/// </summary>
internal sealed class SignalOverviewHandler(SignalAudience audience, SignalOverview overview, SignalOverviewCards cards, Texts texts) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["overzicht signalen", "signalen", "signals overview", "signal overview"];

    public CommandScope Scope => CommandScope.PersonalOrTrusted;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var scope = await audience.ScopeAsync(turn.Activity.From?.AadObjectId, cancellationToken);
        if (!scope.SeesAny)
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(SignalsTextKeys.SignalOverviewNotAllowed, turn)), cancellationToken);
            return;
        }
        if (scope.Everything)
        {
            await turn.SendAsync(MessageFactory.Card(cards.Overview(await overview.FiguresAsync(null, cancellationToken), turn.Language)), cancellationToken);
            return;
        }
        if (scope.IsPerMt)
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(SignalsHandlersTextKeys.SignalOverviewDgIntro, turn, string.Join(", ", scope.Mts))), cancellationToken);
        }
        foreach (var mt in scope.Mts)
        {
            await turn.SendAsync(MessageFactory.Card(cards.Overview(await overview.FiguresAsync(mt, cancellationToken), turn.Language, mt)), cancellationToken);
        }
    }
}

using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Signals;

/// <summary>"Overzicht signalen": the register's figures as one card; coordinators see all of it, MT members and DGs their own MT.</summary>
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
        var figures = await overview.FiguresAsync(scope.Mt, cancellationToken);
        await turn.SendAsync(MessageFactory.Card(cards.Overview(figures, turn.Language, scope.Mt)), cancellationToken);
    }
}

using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Roles;

namespace CasuistiekBot.Welcome;

/// <summary>The welcome card's help button; raising a casus and 'mijn casussen' belong to their own features.</summary>
internal sealed class WelcomeCardActionHandler(WelcomeCards cards, IRoleResolver roles) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [WelcomeVerbs.Help];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        InvokeResponse.Card(cards.Help(turn.Language, await roles.IsCoordinatorAsync(turn.Activity.From?.AadObjectId, cancellationToken)));
}

using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Welcome;

/// <summary>"privacy" / "wie ziet wat", and the button on the welcome and help cards: the privacy card. It says nothing about the person who asks, so it answers anywhere.</summary>
internal sealed class PrivacyHandler(PrivacyCards cards) : ICommandHandler, ICardActionHandler
{
    public IReadOnlyCollection<string> Commands { get; } =
        ["privacy", "wie ziet wat", "hoe werkt het", "hoe zit het met privacy", "who sees what", "how does it work"];

    public CommandScope Scope => CommandScope.Anywhere;

    public IReadOnlyCollection<string> Verbs { get; } = [WelcomeVerbs.Privacy];

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(MessageFactory.Card(cards.Render(turn.Language)), cancellationToken);

    public Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(InvokeResponse.Card(cards.Render(turn.Language)));
}

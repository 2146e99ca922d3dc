using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Welcome;

/// <summary>The welcome card's buttons. Features that are not there yet say so plainly.</summary>
internal sealed class WelcomeCardActionHandler(WelcomeCards cards, Texts texts) : ICardActionHandler
{
    public const string HelpVerb = "help.show";

    public IReadOnlyCollection<string> Verbs { get; } = [HelpVerb, "intake.start", "cases.mine"];

    public Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(action.Verb == HelpVerb
            ? InvokeResponse.Card(cards.Help(turn.Language))
            : InvokeResponse.Message(texts.Get("common.comingSoon", turn)));
}

using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Welcome;

/// <summary>The greeting: a short text, then the card with the main actions as a separate message (Teams splits them otherwise).</summary>
internal sealed class WelcomeSender(WelcomeCards cards, Texts texts)
{
    public async Task SendAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await turn.SendAsync(MessageFactory.Text(texts.Get("welcome.text", turn)), cancellationToken);
        await turn.SendAsync(MessageFactory.Card(cards.Welcome(turn.Language)), cancellationToken);
    }
}

using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Welcome;

/// <summary>A message that matched nothing gets a pointer to what the bot can do.</summary>
internal sealed class UnknownMessageFallback(Texts texts) : IMessageFallback
{
    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(MessageFactory.Text(texts.Get("common.unknownMessage", turn)), cancellationToken);
}

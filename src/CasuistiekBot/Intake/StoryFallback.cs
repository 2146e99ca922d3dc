using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Intake;

/// <summary>
/// A message that is no command: in a personal chat, a story of some length is taken as the start of a casus;
/// anything shorter gets a pointer to what the bot can do.
/// </summary>
internal sealed class StoryFallback(IntakeStarter starter, Texts texts) : IMessageFallback
{
    private const int StoryWords = 12;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.GetTextWithoutMentions();
        if (turn.Activity.IsPersonal() && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= StoryWords)
        {
            await starter.StartAsync(turn, text, introduce: false, cancellationToken);
            return;
        }
        await turn.SendAsync(MessageFactory.Text(texts.Get("common.unknownMessage", turn)), cancellationToken);
    }
}

using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Welcome;

/// <summary>
/// Greetings and "help" outside a flow. In a 1:1 chat: the welcome, with what is open for the person. In the
/// coordinators' channel: the coordinators' help. In any other shared conversation: one line on what the bot is, since
/// a casus is raised only in private.
/// </summary>
internal sealed class WelcomeCommandHandler(
    WelcomeSender welcome, WelcomeCards cards, IDbContextFactory<CasuistiekDbContext> databases, Texts texts) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } =
        ["hallo", "hoi", "hey", "hi", "hello", "goedemorgen", "goedemiddag", "help", "hulp", "menu", "start"];

    public CommandScope Scope => CommandScope.Anywhere;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsPersonal())
        {
            await welcome.SendAsync(turn, cancellationToken);
            return;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var reply = await CoordinatorChannels.IsActiveAsync(db, turn.Activity, cancellationToken)
            ? MessageFactory.Card(cards.ChannelHelp(turn.Language))
            : MessageFactory.Text(texts.Get(LocalizationTextKeys.WelcomeGroup, turn));
        await turn.SendAsync(reply, cancellationToken);
    }
}

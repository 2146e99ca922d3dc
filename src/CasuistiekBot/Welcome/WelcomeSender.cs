using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using CasuistiekBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Welcome;

/// <summary>
/// The greeting in a 1:1 chat: a short text; then, when something waits for this person (an invitation, an action point,
/// a signal or a signal offered to them), that first, with buttons for its cards; then the card with the main actions
/// as a separate message (Teams splits them otherwise).
/// </summary>
internal sealed class WelcomeSender(
    IDbContextFactory<CasuistiekDbContext> databases, OpenTasks open, MyTasksCard taskList, WelcomeCards cards, Texts texts)
{
    public async Task SendAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.WelcomeText, turn)), cancellationToken);
        if (turn.Activity.From?.AadObjectId is { } me)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var sections = await open.ReadAsync(db, me, turn.Language, open.All, cancellationToken);
            if (sections.Any(s => s.Tasks.Count > 0))
            {
                var card = taskList.Render(TaskListHandler.Greeting, sections, turn.Language, turn.Activity.From.Id, withButtons: true);
                await turn.SendAsync(MessageFactory.Card(card), cancellationToken);
            }
        }
        await turn.SendAsync(MessageFactory.Card(cards.Welcome(turn.Language)), cancellationToken);
    }
}

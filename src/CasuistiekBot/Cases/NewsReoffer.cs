using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Cases;

/// <summary>
/// When an author talks to the bot in their own chat, what could not reach them about their cases comes first: one card
/// per casus ("Er is nieuws over je casus CS-…") with the messages and a way to the casus. Then the turn goes on as usual. Whether anything waits at all is asked first (<see cref="WaitingNews"/>).
/// </summary>
internal sealed class NewsReoffer(MyCases cases, MyCasesCards cards, WaitingNews waitingNews) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.Message && activity.IsPersonal() && await waitingNews.AnyAsync(cancellationToken))
        {
            var waiting = await cases.UndeliveredAsync(turn, cancellationToken);
            foreach (var group in waiting.GroupBy(w => w.Casus.Id))
            {
                var casus = group.First().Casus;
                await turn.SendAsync(MessageFactory.Card(cards.News(casus, group.Select(g => g.News).ToList(), turn.Language)) with { Summary = casus.Reference }, cancellationToken);
            }
            if (waiting.Count > 0) await cases.DeliveredAsync(waiting.Select(w => w.News.Id), cancellationToken);
        }
        await next(cancellationToken);
    }
}

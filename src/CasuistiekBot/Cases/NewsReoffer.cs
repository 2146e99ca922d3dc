using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Safety;

namespace CasuistiekBot.Cases;

/// <summary>
/// When an author talks to the bot in their own chat, what could not reach them about their cases is offered again:
/// one card per casus ("Er is nieuws over je casus CS-…") with the messages and a way to the casus. It comes first,
/// before the turn's own answer, unless the message names acute danger: then the care message must be the first thing
/// the person reads, and the news follows the turn. Whether anything waits at all is asked first (<see cref="WaitingNews"/>),
/// so the danger detector runs here only for the few who have news waiting.
/// </summary>
internal sealed class NewsReoffer(MyCases cases, MyCasesCards cards, WaitingNews waitingNews, AcuteDangerDetector danger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type != ActivityTypes.Message || !activity.IsPersonal() || !await waitingNews.AnyAsync(cancellationToken))
        {
            await next(cancellationToken);
            return;
        }
        if (danger.Detect(activity.GetTextWithoutMentions()).Found)
        {
            await next(cancellationToken);
            await OfferAsync(turn, cancellationToken);
            return;
        }
        await OfferAsync(turn, cancellationToken);
        await next(cancellationToken);
    }

    private async Task OfferAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var waiting = await cases.UndeliveredAsync(turn, cancellationToken);
        foreach (var group in waiting.GroupBy(w => w.Casus.Id))
        {
            var casus = group.First().Casus;
            await turn.SendAsync(MessageFactory.Card(cards.News(casus, group.Select(g => g.News).ToList(), turn.Language)) with { Summary = casus.Reference }, cancellationToken);
        }
        if (waiting.Count > 0) await cases.DeliveredAsync(waiting.Select(w => w.News.Id), cancellationToken);
    }
}

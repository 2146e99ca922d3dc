using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Sessions;

/// <summary>
/// "uitkomst": a coordinator picks a scheduled casus to record its session outcome. Its scope keeps it to the
/// coordinators' channel or the coordinator's own chat, so a casus never shows up in a group chat with people who should
/// not see it.
/// </summary>
internal sealed class OutcomeCommandHandler(
    CoordinatorGuard coordinators, IDbContextFactory<CasuistiekDbContext> databases, OutcomeCards cards, Texts texts) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["uitkomst", "uitkomst vastleggen", "sessie-uitkomst", "outcome", "record outcome"];

    public CommandScope Scope => CommandScope.PersonalOrTrusted;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await coordinators.RefuseCommandAsync(turn, cancellationToken)) return;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var scheduled = await CasusQueries.InStatus(db, CasusStatus.Scheduled).AsNoTracking()
            .Where(c => !db.Set<SessionOutcome>().Any(o => o.CasusId == c.Id)).OrderBy(c => c.Year).ThenBy(c => c.Number).Take(50).ToListAsync(cancellationToken);
        if (scheduled.Count == 0)
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(SessionsTextKeys.SessionNoneScheduled, turn)), cancellationToken);
            return;
        }
        await turn.SendAsync(MessageFactory.Card(cards.Pick(scheduled)), cancellationToken);
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Triage;

/// <summary>
/// "Registreer als coördinatoren-kanaal": an administrator makes this channel the place where new cases are triaged.
/// Cases that arrived before (or while no channel was registered) are posted here at once.
/// </summary>
internal sealed class RegisterChannelHandler(
    IRoleResolver roles,
    IDbContextFactory<CasuistiekDbContext> databases,
    TriagePublisher publisher,
    TimeProvider clock,
    Texts texts) : ICommandHandler
{
    public IReadOnlyCollection<string> Commands { get; } =
        ["registreer als coördinatoren-kanaal", "registreer als coordinatorenkanaal", "register as coordinators channel"];

    public CommandScope Scope => CommandScope.Anywhere;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.IsPersonal())
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.RegisterNotHere, turn)), cancellationToken);
            return;
        }
        if (!roles.IsAdmin(activity.From?.AadObjectId))
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.RegisterNotAdmin, turn)), cancellationToken);
            return;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var channel = await CoordinatorChannels.RegisterAsync(db, activity, clock.GetUtcNow(), cancellationToken);
        Audit.Record(db, channel.RegisteredAt, activity.From!.AadObjectId!, "kanaal", channel.ConversationId, "geregistreerd-als-coordinatorenkanaal");
        await db.SaveChangesAsync(cancellationToken);

        var waiting = await CasusQueries.AwaitingTriage(db)
            .Where(c => !db.Set<TriageDecision>().Any(d => d.CasusId == c.Id)).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        foreach (var casus in waiting)
        {
            var questions = await db.Set<CasusQuestion>().Where(q => q.CasusId == casus.Id).OrderBy(q => q.Id).ToListAsync(cancellationToken);
            await publisher.PublishAsync(db, casus, null, questions, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await turn.SendAsync(MessageFactory.Text(texts.Get(LocalizationTextKeys.RegisterDone, turn)), cancellationToken);
    }
}

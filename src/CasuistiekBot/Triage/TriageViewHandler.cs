using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Threads;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Triage;

/// <summary>
/// A coordinator's own view of a confidential casus' triage card: Teams' automatic refresh for the coordinators named on
/// the card, and "Naam tonen" for those it could not name. The name goes only into the answer to an invoke, which Teams
/// shows to the one person who sent it, and only when that person is a coordinator; anyone else refreshing gets the card
/// as the channel shows it. The card's casus id is sealed, so an edited request names no other casus.
/// </summary>
internal sealed class TriageViewHandler(
    IRoleResolver roles,
    IDbContextFactory<CasuistiekDbContext> databases,
    TriageViewSeal seal,
    TriageAudiences audiences,
    TriageCards cards,
    SignalForms signalForms,
    Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [TriageVerbs.View, TriageVerbs.RevealAuthor];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        // A message-back is answered in the conversation for all to read: it gets nothing here.
        if (!action.IsInvoke) return null;
        if (!Guid.TryParse(action.GetString("casusId"), out var casusId) || !seal.Matches(action.GetString("seal"), casusId))
        {
            return texts.Answer(turn, LocalizationTextKeys.TriageUnknownCasus);
        }
        var coordinator = await roles.IsCoordinatorAsync(turn.Activity.From?.AadObjectId, cancellationToken);
        if (action.Verb == TriageVerbs.RevealAuthor && !coordinator) return texts.Answer(turn, LocalizationTextKeys.TriageAuthorRevealOnlyCoordinators);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await CasusLookup.FindAsync(db, casusId, cancellationToken) is not { } casus) return texts.Answer(turn, LocalizationTextKeys.TriageUnknownCasus);
        var decision = await db.Set<TriageDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.CasusId == casusId, cancellationToken);
        var questions = await db.Set<CasusQuestion>().AsNoTracking().Where(q => q.CasusId == casusId).OrderBy(q => q.Id).ToListAsync(cancellationToken);
        var form = decision is null ? await signalForms.BuildAsync(casus.Story, TriageTextKeys.SessionLabelSignalAction, cancellationToken) : null;
        var audience = coordinator ? await audiences.CoordinatorAsync(db, casus, cancellationToken) : await audiences.ChannelAsync(db, casus, cancellationToken);
        return InvokeResponse.Card(cards.Render(casus, decision, questions, audience, form, await CasusAdditions.ForAsync(db, casusId, cancellationToken),
            await ThreadLinks.OfAsync(db, casusId, cancellationToken)));
    }
}

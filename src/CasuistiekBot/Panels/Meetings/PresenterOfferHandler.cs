using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// "Inbrenger vragen te presenteren" on the panel card: a coordinator decides to offer it, and the bot carries the
/// question to the author (the sealed author route, <see cref="AuthorMessenger"/>). Never for an anonymous casus: the
/// panel would meet its author. Asked once per panel; the answer shows on the panel card.
/// </summary>
internal sealed class PresenterOfferHandler(
    CoordinatorGuard coordinators,
    IDbContextFactory<CasuistiekDbContext> databases,
    AuthorMessenger authors,
    PresenterCards presenterCards,
    PanelPublisher publisher,
    PanelCards panelCards,
    TimeProvider clock,
    Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [PresenterVerbs.Offer];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await coordinators.RefuseActionAsync(turn, cancellationToken) is { } refused) return refused;
        if (!Guid.TryParse(action.GetString("panelId"), out var panelId)) return texts.Answer(turn, PanelsTextKeys.PanelUnknown);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var panel = await db.Set<Panel>().FirstOrDefaultAsync(p => p.Id == panelId, cancellationToken);
        var casus = panel is null ? null : await CasusLookup.FindForChangeAsync(db, panel.CasusId, cancellationToken);
        if (panel is null || casus is null) return texts.Answer(turn, PanelsTextKeys.PanelUnknown);
        if (casus.Visibility == CasusVisibility.Anonymous) return texts.Answer(turn, PanelsMeetingsTextKeys.PresenterAnonymous);
        if (!action.ShowsVersion(panel.Version)) return texts.Answer(turn, PanelsTextKeys.PanelStale);
        if (casus.Status is not (CasusStatus.InTriage or CasusStatus.Scheduled)) return texts.Answer(turn, PanelsTextKeys.PanelCasusClosed);
        if (panel.PresenterStatus is not null) return texts.Answer(turn, PanelsMeetingsTextKeys.PresenterAlreadyAsked);
        if (!panel.IsScheduled) return texts.Answer(turn, PanelsTextKeys.PanelNeedsSchedule);

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        panel.PresenterStatus = PresenterStatus.Offered;
        panel.Version++;
        panel.UpdatedAt = now;
        var card = MessageFactory.Card(presenterCards.Render(casus, panel)) with { Summary = casus.Reference };
        await authors.EnqueueAsync(db, casus, $"presenter:{panel.Id:N}", card, cancellationToken,
            summary: texts.Get(PanelsMeetingsTextKeys.PresenterNews, casus.Language));
        PanelAudit.Record(db, now, turn.Activity.From!.AadObjectId!, casus, "inbrenger-gevraagd-te-presenteren");
        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        await publisher.PublishAsync(db, casus, panel, members, "presenter-offer", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return texts.Answer(turn, PanelsTextKeys.PanelStale);
        }
        return InvokeResponse.Card(panelCards.Render(casus, panel, members));
    }
}

using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// The coordinators' buttons on a panel card. Each checks that a coordinator acts, reloads the panel, refuses a card
/// that is not current, applies the change with an audit entry, queues the updated card (and any invitations) in the
/// same transaction, and answers with the current card. Two coordinators at once: the second is told, nothing doubles.
/// </summary>
internal sealed class PanelActionHandler(
    CoordinatorGuard coordinators,
    IDbContextFactory<CasuistiekDbContext> databases,
    PanelChanges changes,
    PanelSending sending,
    PanelPreviews previews,
    PanelRescheduling rescheduling,
    PanelPublisher publisher,
    PanelCards cards,
    ExpertiseDirectory directory,
    TimeProvider clock,
    Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } =
        [PanelVerbs.Remove, PanelVerbs.Search, PanelVerbs.Add, PanelVerbs.Involved, PanelVerbs.Schedule, PanelVerbs.Send, PanelVerbs.Replace];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var coordinator = turn.Activity.From!;
        if (await coordinators.RefuseActionAsync(turn, cancellationToken) is { } refused) return refused;
        if (!Guid.TryParse(action.GetString("panelId"), out var panelId)) return texts.Answer(turn, PanelsTextKeys.PanelUnknown);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var panel = await db.Set<Panel>().FirstOrDefaultAsync(p => p.Id == panelId, cancellationToken);
        var casus = panel is null ? null : await CasusLookup.FindForChangeAsync(db, panel.CasusId, cancellationToken);
        if (panel is null || casus is null) return texts.Answer(turn, PanelsTextKeys.PanelUnknown);
        // A double click or a replay of an addition this coordinator already made gets the current card, and adds no one twice.
        var nonce = CardNonce.KeyOf(action, coordinator.AadObjectId);
        if (nonce is not null && await db.Set<PanelMember>().AnyAsync(m => m.PanelId == panel.Id && m.Nonce == nonce, cancellationToken))
        {
            return await CurrentAsync(db, casus, panel, cancellationToken);
        }
        if (!action.ShowsVersion(panel.Version)) return texts.Answer(turn, PanelsTextKeys.PanelStale);
        if (casus.Status is not (CasusStatus.InTriage or CasusStatus.Scheduled)) return texts.Answer(turn, PanelsTextKeys.PanelCasusClosed);
        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        if (action.Verb == PanelVerbs.Search) return await SearchAsync(turn, action, casus, panel, members, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var context = new PanelContext(db, casus, panel, members, coordinator, clock.GetUtcNow(), turn, nonce);
        // The new version first: invitation cards rendered by the change carry it, so a click on an older card is stale.
        panel.Version++;
        panel.UpdatedAt = context.Now;
        try
        {
            var outcome = action.Verb switch
            {
                PanelVerbs.Remove => await changes.RemoveAsync(context, action, cancellationToken),
                PanelVerbs.Add => await changes.AddAsync(context, action, cancellationToken),
                PanelVerbs.Involved => await changes.MarkInvolvedAsync(context, action, cancellationToken),
                PanelVerbs.Schedule when panel.Status == PanelStatus.Draft => changes.Schedule(context, action),
                PanelVerbs.Schedule => await rescheduling.RescheduleAsync(context, action, cancellationToken),
                PanelVerbs.Replace => await changes.ReplaceAsync(context, action, cancellationToken),
                _ => await sending.SendAsync(context, cancellationToken),
            };
            if (outcome.Refusal is { } refusal) return refusal;   // nothing is committed
            if (action.Verb != PanelVerbs.Send) await previews.AfterChangeAsync(context, cancellationToken);

            PanelAudit.Record(db, context.Now, context.Actor, casus, outcome.Action, outcome.Details);
            await publisher.PublishAsync(db, casus, panel, members, "c", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another coordinator changed the panel first (or this click raced itself): say so, change nothing.
            await transaction.RollbackAsync(cancellationToken);
            return await LostRaceAsync(turn, panelId, nonce, cancellationToken);
        }
        return InvokeResponse.Card(cards.Render(casus, panel, members));
    }

    private async Task<InvokeResponse> CurrentAsync(CasuistiekDbContext db, Casus casus, Panel panel, CancellationToken cancellationToken)
    {
        var members = await db.Set<PanelMember>().AsNoTracking().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return InvokeResponse.Card(cards.Render(casus, panel, members));
    }

    private async Task<InvokeResponse> SearchAsync(
        ITurnContext turn, CardAction action, Casus casus, Panel panel, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken)
    {
        var query = action.GetString("query")?.Trim();
        if (string.IsNullOrEmpty(query)) return texts.Answer(turn, PanelsTextKeys.PanelSearchRequired);
        if (query.Length > 100) query = query[..100];
        var found = await directory.SearchAsync(query, cancellationToken);
        return InvokeResponse.Card(cards.Render(casus, panel, members, new PanelSearch(query, found)));
    }

    private async Task<InvokeResponse> LostRaceAsync(ITurnContext turn, Guid panelId, string? nonce, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var panel = await db.Set<Panel>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == panelId, cancellationToken);
        if (panel is not null && nonce is not null && await db.Set<PanelMember>().AnyAsync(m => m.PanelId == panelId && m.Nonce == nonce, cancellationToken))
        {
            return await CurrentAsync(db, await CasusLookup.GetAsync(db, panel.CasusId, cancellationToken), panel, cancellationToken);
        }
        return panel?.Status == PanelStatus.Invited
            ? texts.Answer(turn, PanelsTextKeys.PanelAlreadySent, panel.InvitationsSentBy ?? "")
            : texts.Answer(turn, PanelsTextKeys.PanelStale);
    }

}

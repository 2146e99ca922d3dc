using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// "Akkoord" / "Bezwaar" on the preview of an anonymous casus' panel. Only its author may answer (by the author lookup
/// value, as for questions), once, and only on the card of the panel as it is now: a changed panel, an answered preview
/// and a replayed or altered click all change nothing. "Akkoord" sends the invitations at once; "Bezwaar" is held, unseen,
/// until the deadline, so that coordinators cannot tell it from the author's manager being on the panel.
/// </summary>
internal sealed class PanelPreviewHandler(
    IDbContextFactory<CasuistiekDbContext> databases,
    AuthorKeys authorKeys,
    PanelPreviews previews,
    PreviewCards cards,
    TimeProvider clock,
    Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [PanelVerbs.PreviewAgree, PanelVerbs.PreviewObject];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var who = turn.Activity.From?.AadObjectId;
        if (!Guid.TryParse(action.GetString("panelId"), out var panelId)) return texts.Answer(turn, PanelsTextKeys.PanelPreviewNotYours);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var panel = await db.Set<Panel>().FirstOrDefaultAsync(p => p.Id == panelId, cancellationToken);
        var casus = panel is null ? null : await CasusLookup.FindForChangeAsync(db, panel.CasusId, cancellationToken);
        // Someone else's preview and one that does not exist get the same answer: ids reveal nothing.
        if (panel is null || casus is null || who is null || casus.Visibility != CasusVisibility.Anonymous || !authorKeys.Wrote(casus, who))
        {
            return texts.Answer(turn, PanelsTextKeys.PanelPreviewNotYours);
        }
        if (panel.PreviewStatus == AuthorPreview.ObjectionHeld && action.ShowsVersion(panel.Version)) return texts.Answer(turn, PanelsTextKeys.PanelPreviewAlreadyAnswered);
        if (panel.PreviewStatus != AuthorPreview.Waiting || !action.ShowsVersion(panel.Version) || casus.Status is not (CasusStatus.InTriage or CasusStatus.Scheduled))
        {
            return texts.Answer(turn, PanelsTextKeys.PanelPreviewStale);
        }

        var now = clock.GetUtcNow();
        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var agreed = action.Verb == PanelVerbs.PreviewAgree;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (agreed)
        {
            // A new version: the coordinators' card and this preview are stale from here on.
            panel.Version++;
            panel.UpdatedAt = now;
            if (await previews.GoAheadAsync(db, casus, panel, members, Audit.AnonymousAuthor, now, cancellationToken) is not null) return texts.Answer(turn, PanelsTextKeys.PanelPreviewStale);
        }
        else
        {
            // Neither the version nor the coordinators' card changes: nothing may show that an objection is waiting.
            PanelPreviews.HoldObjection(panel);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return texts.Answer(turn, PanelsTextKeys.PanelPreviewStale);   // a coordinator changed the panel at the same moment
        }
        return InvokeResponse.Card(cards.Render(casus, panel, members, agreed ? PreviewAnswer.Agreed : PreviewAnswer.Objected));
    }

}

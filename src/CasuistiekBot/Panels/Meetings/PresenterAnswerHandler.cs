using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// The inbrenger answers "ja" or "nee" to presenting their casus. Only the author may answer, once; the coordinators
/// see the answer on the panel card and in a line in their channel. Someone else's card and an unknown one get the same
/// answer, so ids reveal nothing.
/// </summary>
internal sealed class PresenterAnswerHandler(
    IDbContextFactory<CasuistiekDbContext> databases,
    AuthorKeys authorKeys,
    PresenterCards cards,
    PanelPublisher publisher,
    IOutbox outbox,
    TimeProvider clock,
    Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [PresenterVerbs.Yes, PresenterVerbs.No];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var who = turn.Activity.From?.AadObjectId;
        if (!Guid.TryParse(action.GetString("panelId"), out var panelId)) return texts.Answer(turn, PanelsMeetingsTextKeys.PresenterNotYours);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var panel = await db.Set<Panel>().FirstOrDefaultAsync(p => p.Id == panelId, cancellationToken);
        var casus = panel is null ? null : await CasusLookup.FindForChangeAsync(db, panel.CasusId, cancellationToken);
        if (panel is null || casus is null || who is null || casus.Visibility == CasusVisibility.Anonymous || !authorKeys.Wrote(casus, who))
        {
            return texts.Answer(turn, PanelsMeetingsTextKeys.PresenterNotYours);
        }
        if (panel.PresenterStatus != PresenterStatus.Offered) return InvokeResponse.Card(cards.Render(casus, panel));
        if (casus.Status is not (CasusStatus.InTriage or CasusStatus.Scheduled)) return texts.Answer(turn, PanelsTextKeys.PanelCasusClosed);

        var yes = action.Verb == PresenterVerbs.Yes;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        panel.PresenterStatus = yes ? PresenterStatus.Accepted : PresenterStatus.Declined;
        panel.PresenterObjectId = yes ? who : null;
        panel.Version++;
        panel.UpdatedAt = now;
        PanelAudit.Record(db, now, Audit.Author, casus, yes ? "inbrenger-presenteert" : "inbrenger-presenteert-niet");
        var members = await db.Set<PanelMember>().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        await publisher.PublishAsync(db, casus, panel, members, "presenter-answer", cancellationToken);
        if (await CoordinatorChannels.ActiveAsync(db, cancellationToken) is { } channel)
        {
            await outbox.EnqueueAsync(db, OutboxMessage.ToConversation(
                idempotencyKey: $"presenter-answer:{panel.Id:N}",
                channelId: channel.ChannelId,
                conversationId: channel.ConversationId,
                activity: MessageFactory.Text(texts.Get(yes ? PanelsMeetingsTextKeys.PresenterNoticeYes : PanelsMeetingsTextKeys.PresenterNoticeNo, "nl", casus.Reference))),
                cancellationToken);
        }
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
        return InvokeResponse.Card(cards.Render(casus, panel));
    }
}

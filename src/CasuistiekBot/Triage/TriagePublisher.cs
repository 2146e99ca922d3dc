using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Threads;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Triage;

/// <summary>
/// Queues the triage card of a casus for the coordinators' channel, in the caller's transaction. The first send posts
/// the card; every later one replaces that same card, so the channel always shows one current card per casus. Every
/// member of the channel reads what is posted: a confidential author is named only in the coordinators' own views.
/// </summary>
internal sealed class TriagePublisher(
    IOutbox outbox, TriageCards cards, TriageAudiences audiences, SignalForms signalForms, ThreadFinder threads, ILogger<TriagePublisher> logger)
    : ICasusSubmittedListener, ICasusAddedToListener
{
    public async Task<SubmittedRows> PrepareAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken)
    {
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null) return new SubmittedRows(null, NoChannel);
        var form = await signalForms.BuildAsync(casus.Story, TriageTextKeys.SessionLabelSignalAction, cancellationToken);
        var audience = await audiences.ChannelAsync(db, casus, cancellationToken);
        var similar = await threads.ForCasusAsync(db, casus, cancellationToken);
        // A new casus has no decision, questions or additions yet, and its key is new with it.
        return new SubmittedRows(null, numbered => outbox.EnqueueNew(db, Message(channel, numbered, null, [], audience, form, [], null, similar)));
    }

    public Task OnAddedToAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken) => RefreshAsync(db, casus, cancellationToken);

    /// <summary>Republishes the card with the casus' stored decision and questions, after a change elsewhere (panel, outcome, addition).</summary>
    public async Task RefreshAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken, string? refreshKey = null)
    {
        var decision = await db.Set<TriageDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.CasusId == casus.Id, cancellationToken);
        var questions = await db.Set<CasusQuestion>().AsNoTracking().Where(q => q.CasusId == casus.Id).OrderBy(q => q.Id).ToListAsync(cancellationToken);
        await PublishAsync(db, casus, decision, questions, cancellationToken, refreshKey);
    }

    public async Task PublishAsync(
        CasuistiekDbContext db, Casus casus, TriageDecision? decision, IReadOnlyList<CasusQuestion> questions, CancellationToken cancellationToken,
        string? refreshKey = null)
    {
        var channel = await CoordinatorChannels.ActiveAsync(db, cancellationToken);
        if (channel is null)
        {
            NoChannel(casus);
            return;
        }

        var form = decision is null ? await signalForms.BuildAsync(casus.Story, TriageTextKeys.SessionLabelSignalAction, cancellationToken) : null;
        var audience = await audiences.ChannelAsync(db, casus, cancellationToken);
        var additions = await CasusAdditions.ForAsync(db, casus.Id, cancellationToken);
        var similar = await ThreadLinks.OfAsync(db, casus.Id, cancellationToken);
        await outbox.EnqueueAsync(db, Message(channel, casus, decision, questions, audience, form, additions, refreshKey, similar), cancellationToken);
    }

    private OutboxMessage Message(
        CoordinatorChannel channel, Casus casus, TriageDecision? decision, IReadOnlyList<CasusQuestion> questions, TriageAudience audience,
        SignalFormModel? form, IReadOnlyList<CasusAddition> additions, string? refreshKey, IReadOnlyList<SimilarItem> similar)
    {
        var card = MessageFactory.Card(cards.Render(casus, decision, questions, audience, form, additions, similar)) with { Summary = casus.Reference };
        return OutboxMessage.ToConversation(
            idempotencyKey: $"triage:{casus.Id:N}:{channel.ConversationId}:v{casus.Version}:q{questions.Count(q => q.Answer is null)}-{questions.Count}{(additions.Count > 0 ? $":a{additions.Count}" : "")}{(refreshKey is null ? "" : ":" + refreshKey)}",
            channelId: channel.ChannelId,
            conversationId: channel.ConversationId,
            activity: card,
            replacesKey: $"triage:{casus.Id:N}");
    }

    private void NoChannel(Casus casus) =>
        logger.LogWarning("No coordinators' channel is registered; casus {Reference} waits for one", casus.Reference);
}
